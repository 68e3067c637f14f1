import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpcomingPlan, type UpcomingDay } from '../../components/UpcomingPlan';

afterEach(cleanup);

const session = (
  projectId: string,
  project: string,
  extra: Partial<UpcomingDay['sessions'][number]> = {},
): UpcomingDay['sessions'][number] => ({
  projectId,
  project,
  objective: 'Distributed systems',
  minutes: 30,
  kind: 'review',
  expected: false,
  ...extra,
});

const DAYS: UpcomingDay[] = [
  {
    date: '2026-11-30',
    budget: 60,
    minutes: 60,
    backlogMinutes: 30,
    sessions: [session('git', 'Build Git'), session('lox', '<b>Lox</b>', { kind: 'build' })],
  },
  { date: '2026-12-01', budget: 0, minutes: 0, backlogMinutes: 0, sessions: [] },
  {
    date: '2026-12-02',
    budget: 60,
    minutes: 60,
    backlogMinutes: 0,
    sessions: [
      session('git', 'Build Git', { expected: true }),
      session('lox', '<b>Lox</b>', { kind: 'build', expected: true }),
      session('fly', 'Fly'),
    ],
  },
];

function renderPlan(days = DAYS) {
  const props = { onPostpone: vi.fn(), onSkip: vi.fn() };
  render(
    <UpcomingPlan
      days={days}
      unplaceable={[{ projectId: 'big', project: 'Huge', reason: 'it is longer than any day' }]}
      {...props}
    />,
  );
  const [first, rest, third] = screen
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('agenda-day'));
  return { ...props, first: first!, rest: rest!, third: third! };
}

describe('UpcomingPlan', () => {
  it('shows each day’s load against its budget, what is waiting, and rest days', () => {
    const { first, rest } = renderPlan();
    expect(within(first).getByRole('heading').textContent).toMatch(/1 h of 1 h\s*\+30 min waiting/);
    const meter = first.querySelector('meter');
    expect(['aria-label', 'value', 'max'].map((name) => meter?.getAttribute(name))).toEqual([
      'Load on 2026-11-30',
      '60',
      '60',
    ]);
    expect(within(rest).getByRole('heading').textContent).toMatch(/rest day$/);
    expect(rest.querySelector('meter')).toBeNull();
  });

  it('skips today or postpones from the first day, postpones only on later days', () => {
    const { first, third, onSkip, onPostpone } = renderPlan();
    fireEvent.click(within(first).getByRole('button', { name: /^Skip today\s*: Build Git$/ }));
    expect(onSkip).toHaveBeenCalledWith('git');
    fireEvent.click(within(third).getByRole('button', { name: /^\+1 week\s*: Fly$/ }));
    expect(onPostpone).toHaveBeenCalledWith('fly', 7);
    expect(within(third).queryByRole('button', { name: /^Skip today/ })).toBeNull();
  });

  it('lists expected returns without actions: they move with the session that brings them', () => {
    const { third } = renderPlan();
    const [returning, building, planned] = within(third).getAllByRole('listitem');
    expect(returning!.textContent).toMatch(/^Build Git .*returns for review$/);
    expect(within(returning!).queryByRole('button')).toBeNull();
    expect(building!.textContent).toMatch(/^<b>Lox<\/b> .*building goes on$/);
    expect(within(building!).queryByRole('button')).toBeNull();
    expect(within(planned!).getAllByRole('button')).toHaveLength(2);
  });

  it('renders titles as text and says why a session fits nowhere', () => {
    const { first } = renderPlan();
    expect(within(first).getByText('<b>Lox</b>')).toBeTruthy();
    expect(first.querySelector('b')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('Huge: it is longer than any day');
  });
});
