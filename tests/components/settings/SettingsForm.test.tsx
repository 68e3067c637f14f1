import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm, type SaveOutcome } from '../../../components/settings/SettingsForm';
import { SHORTEST_PROJECT_SESSION_MINUTES } from '../../../lib/domain/schedule/effort';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/domain/types';

afterEach(cleanup);

const weekday = (sundayFirst: number) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(
    new Date(2024, 0, 7 + sundayFirst),
  );

function setup(
  settings: Settings = DEFAULT_SETTINGS,
  outcome: SaveOutcome = { ok: true, rescheduled: 0 },
) {
  const onSave = vi.fn(async () => outcome);
  render(<SettingsForm settings={settings} today="2026-11-28" onSave={onSave} />);
  return onSave;
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

describe('SettingsForm', () => {
  it('shows the week Monday first', () => {
    setup();
    const inputs = within(screen.getByRole('group', { name: 'Study time per day' })).getAllByRole(
      'spinbutton',
    );
    expect(inputs.map((input) => input.id)).toEqual([
      'minutes-1',
      'minutes-2',
      'minutes-3',
      'minutes-4',
      'minutes-5',
      'minutes-6',
      'minutes-0',
    ]);
    expect(screen.getByLabelText(`${weekday(1)} minutes`).id).toBe('minutes-1');
  });

  it('shows each problem next to its control and saves nothing', async () => {
    const onSave = setup();
    type(`${weekday(2)} minutes`, '');
    type('Desired retention', '50');
    type('Longest gap between reviews', '0');
    save();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(
      'Nothing was saved: fix the 3 problems marked below.',
    );
    const tuesday = screen.getByLabelText(`${weekday(2)} minutes`);
    expect(tuesday.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(tuesday.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Enter whole minutes from 0 to 1440.',
    );
    const retention = screen.getByLabelText('Desired retention');
    expect(retention.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Desired retention must be between 70% and 99%.')).toBeTruthy();
    expect(screen.getByText(/Enter whole days from 1/)).toBeTruthy();
    // The keyboard goes to the first control to fix.
    await waitFor(() => expect(document.activeElement).toBe(tuesday));
  });

  it('calls save with the parsed patch', async () => {
    const onSave = setup();
    type(`${weekday(2)} minutes`, '90');
    fireEvent.click(screen.getByRole('checkbox', { name: `${weekday(0)}: Rest day` }));
    type('Default session length', '45');
    type('Review length', '25');
    type('Projects in progress', '3');
    type('Default effort', '1.5');
    type('Desired retention', '85');
    type('Longest gap between reviews', '180');
    fireEvent.click(screen.getByRole('button', { name: 'Add a break' }));
    type('Break 1 to', '2026-12-06');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith({
      minutesPerWeekday: [60, 60, 90, 60, 60, 60, 60],
      restDays: [0],
      defaultSessionMinutes: 45,
      desiredRetention: 0.85,
      maximumIntervalDays: 180,
      reviewMinutes: 25,
      inProgress: 3,
      defaultEffortHours: 1.5,
      breaks: [{ from: '2026-11-28', to: '2026-12-06' }],
      obsidianVault: '',
      obsidianFile: '',
    });
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });

  it('checks breaks and removes them', async () => {
    const onSave = setup({
      ...DEFAULT_SETTINGS,
      breaks: [{ from: '2026-12-01', to: '2026-12-03' }],
    });
    type('Break 1 to', '2026-11-01');
    save();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('A break must end on or after the day it starts.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Break 1' }));
    expect(screen.getByText('No breaks planned.')).toBeTruthy();
    save();
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ breaks: [] })),
    );
  });

  it('moves focus to a new break', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add a break' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('break-0-from'));
  });

  it.each<[string, string, string]>([
    ['Projects in progress', '0', 'Enter a whole number from 1 to 50.'],
    ['Default effort', '1.25', 'Enter hours from 0.1 to 10000, to one decimal place.'],
    ['Default effort', '', 'Enter hours from 0.1 to 10000, to one decimal place.'],
    ['Review length', '90', 'A review of 90 min fits no day: the longest day has 60 min.'],
    ['Default session length', '4', 'Enter whole minutes from 5 to 1440.'],
    ['Review length', '1', 'Enter whole minutes from 5 to 1440.'],
  ])('checks %s = %j before saving', (label, value, message) => {
    const onSave = setup();
    type(label, value);
    save();
    expect(onSave).not.toHaveBeenCalled();
    const input = screen.getByLabelText(label);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toMatch(/-hint .*-error$/);
    expect(screen.getByText(message)).toBeTruthy();
  });

  it.each(['Default session length', 'Review length'])(
    '%s offers no length shorter than a project may ask for',
    (label) => {
      setup();
      expect(screen.getByLabelText(label).getAttribute('min')).toBe(
        String(SHORTEST_PROJECT_SESSION_MINUTES),
      );
    },
  );

  it('explains the planning fields and takes effort in tenths of an hour', () => {
    setup({ ...DEFAULT_SETTINGS, inProgress: 3, defaultEffortHours: 12.5, reviewMinutes: 15 });
    const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
    expect([
      value('Projects in progress'),
      value('Default effort'),
      value('Review length'),
    ]).toEqual(['3', '12.5', '15']);
    expect(screen.getByLabelText('Default effort').getAttribute('step')).toBe('0.1');
    expect(
      screen.getByText(
        'How many projects you build at once; the next one starts when one is done.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('For projects with no estimate of their own.')).toBeTruthy();
  });

  it('starts from the stored settings, retention as a percentage', () => {
    setup({ ...DEFAULT_SETTINGS, desiredRetention: 0.87, restDays: [6] });
    expect((screen.getByLabelText('Desired retention') as HTMLInputElement).value).toBe('87');
    expect(
      (screen.getByRole('checkbox', { name: `${weekday(6)}: Rest day` }) as HTMLInputElement)
        .checked,
    ).toBe(true);
  });

  it('reports how many projects a save rescheduled', async () => {
    setup(DEFAULT_SETTINGS, { ok: true, rescheduled: 4 });
    type('Desired retention', '80');
    save();
    expect(await screen.findByText('Settings saved; 4 projects rescheduled.')).toBeTruthy();
  });

  it('shows the problems the save itself found', async () => {
    setup(DEFAULT_SETTINGS, {
      ok: false,
      errors: { inProgress: 'Enter a whole number from 1 to 50.' },
    });
    save();
    expect(await screen.findByText('Enter a whole number from 1 to 50.')).toBeTruthy();
    expect(screen.getByLabelText('Projects in progress').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a storage failure', async () => {
    setup(DEFAULT_SETTINGS, { ok: false, message: 'The browser has no room left.' });
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('The browser has no room left.');
  });
});
