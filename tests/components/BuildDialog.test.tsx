import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BuildDialog } from '../../components/BuildDialog';

afterEach(cleanup);

const PAGES = [
  { id: 'r1', title: 'Pro Git, chapter 10' },
  { id: 'r2', title: '<b>Git internals</b>' },
];

function renderDialog(
  extra: { builtMinutes?: number; openChildren?: string[]; pagesToRead?: typeof PAGES } = {},
) {
  const props = { onSave: vi.fn(), onCancel: vi.fn() };
  render(
    <BuildDialog
      project="<Build Git>"
      defaultMinutes={40}
      builtMinutes={extra.builtMinutes ?? 300}
      estimateMinutes={600}
      openChildren={extra.openChildren ?? ['Objects', 'Refs', 'Commits']}
      pagesToRead={extra.pagesToRead ?? PAGES}
      {...props}
    />,
  );
  return props;
}

const save = () => screen.getByRole('button', { name: 'Save session' });

describe('BuildDialog', () => {
  it('asks what was built, with no recall rating', () => {
    renderDialog();
    expect(screen.getByRole('heading').textContent).toBe('What did you build on “<Build Git>”?');
    expect(screen.queryByRole('group', { name: 'Rating' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Good/ })).toBeNull();
  });

  it('saves the minutes, the trimmed note, the steps ticked and "project done"', () => {
    const { onSave } = renderDialog();
    fireEvent.input(screen.getByLabelText('Minutes studied'), { target: { value: '55' } });
    fireEvent.input(screen.getByLabelText('Note (optional)'), { target: { value: ' packs ' } });
    fireEvent.click(screen.getByLabelText('Commits'));
    fireEvent.click(screen.getByLabelText('Objects'));
    fireEvent.click(screen.getByLabelText('Commits'));
    fireEvent.click(screen.getByLabelText('Project done: review it from now on'));
    fireEvent.click(save());
    expect(onSave).toHaveBeenCalledWith({
      minutes: 55,
      note: 'packs',
      childrenDone: ['Objects'],
      finished: true,
      pagesRead: [],
    });
  });

  it('asks which pages were finished and saves the ticked ones', () => {
    const { onSave } = renderDialog();
    const pages = screen.getByRole('group', { name: 'Which pages did you finish?' });
    expect(within(pages).getAllByRole('checkbox')).toHaveLength(2);
    fireEvent.click(screen.getByLabelText('<b>Git internals</b>'));
    fireEvent.click(screen.getByLabelText('Pro Git, chapter 10'));
    fireEvent.click(screen.getByLabelText('Pro Git, chapter 10'));
    fireEvent.click(save());
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ pagesRead: ['r2'] }));
  });

  it('does not ask about pages when none is left to read', () => {
    renderDialog({ pagesToRead: [] });
    expect(screen.queryByRole('group', { name: 'Which pages did you finish?' })).toBeNull();
  });

  it.each([
    [300, '40', '5.7 h of 10 h built with this session.'],
    [580, '40', '10.3 h of 10 h built with this session: past the estimate.'],
  ])('with %i min built and %s more, says how far the project is', (built, minutes, text) => {
    renderDialog({ builtMinutes: built });
    fireEvent.input(screen.getByLabelText('Minutes studied'), { target: { value: minutes } });
    expect(screen.getByText(/built with this session/).textContent).toBe(text);
  });

  it('has no checklist when every step is ticked or there are none', () => {
    renderDialog({ openChildren: [] });
    expect(screen.queryByRole('group', { name: 'Steps done' })).toBeNull();
  });

  it.each(['', '-1', '1441'])('refuses %j minutes and saves nothing', (value) => {
    const { onSave } = renderDialog();
    fireEvent.input(screen.getByLabelText('Minutes studied'), { target: { value } });
    expect(screen.getByText('Enter the minutes you studied (0 to 1440).')).toBeTruthy();
    expect((save() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(save());
    expect(onSave).not.toHaveBeenCalled();
  });

  it('Keep studying and Escape close it without saving', () => {
    const { onSave, onCancel } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Keep studying' }));
    fireEvent(document.querySelector('dialog')!, new Event('cancel', { cancelable: true }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onSave).not.toHaveBeenCalled();
  });
});
