import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RatingDialog, type RatingChoice } from '../../components/RatingDialog';

afterEach(cleanup);

const CHOICES: RatingChoice[] = [
  { rating: 'again', nextDay: '2026-12-01', days: 1 },
  { rating: 'hard', nextDay: '2026-12-03', days: 3 },
  { rating: 'good', nextDay: '2026-12-08', days: 8 },
  { rating: 'easy', nextDay: '2026-12-20', days: 20 },
];

function renderDialog() {
  const props = { onRate: vi.fn(), onCancel: vi.fn() };
  render(
    <RatingDialog
      project="<Build Git>"
      choices={CHOICES}
      defaultMinutes={30}
      pagesToRead={[
        { id: 'r1', title: 'Raft paper' },
        { id: 'r2', title: 'Raft lecture' },
      ]}
      {...props}
    />,
  );
  return { ...props, dialog: document.querySelector('dialog')! };
}

const ratings = () => within(screen.getByRole('group', { name: 'Rating' })).getAllByRole('button');

describe('RatingDialog', () => {
  it('shows for each rating when the project would come back', () => {
    renderDialog();
    expect(screen.getByText('How well do you still know “<Build Git>”?')).toBeTruthy();
    // The date itself is written in the browser's locale.
    const texts = ratings().map((b) => b.textContent ?? '');
    expect(texts.map((t) => t.replace(/, [^,]+$/, ''))).toEqual([
      '1. Againback tomorrow',
      '2. Hardback in 3 days',
      '3. Goodback in 8 days',
      '4. Easyback in 20 days',
    ]);
    const dates = texts.map((t) => t.split(', ')[1]);
    const days = CHOICES.map((c) => Number(c.nextDay.slice(8)));
    dates.forEach((date, i) => expect(date).toMatch(new RegExp(`\\b${days[i]}\\b`)));
    expect(ratings().map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4']);
  });

  it('records the rating with the minutes and the trimmed note', () => {
    const { onRate } = renderDialog();
    fireEvent.input(screen.getByLabelText('Minutes studied'), { target: { value: '45' } });
    fireEvent.input(screen.getByLabelText('Note (optional)'), {
      target: { value: '  chapter 3 ' },
    });
    fireEvent.click(ratings()[1]!);
    expect(onRate).toHaveBeenCalledWith('hard', 45, 'chapter 3', []);
  });

  it('rates with the number keys, but not while typing', () => {
    const { onRate, dialog } = renderDialog();
    fireEvent.keyDown(screen.getByLabelText('Note (optional)'), { key: '4' });
    expect(onRate).not.toHaveBeenCalled();
    fireEvent.keyDown(dialog, { key: '4' });
    expect(onRate).toHaveBeenCalledWith('easy', 30, '', []);
  });

  it('records the pages ticked as finished with the rating', () => {
    const { onRate } = renderDialog();
    expect(screen.getByRole('group', { name: 'Which pages did you finish?' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Raft lecture'));
    fireEvent.click(ratings()[2]!);
    expect(onRate).toHaveBeenCalledWith('good', 30, '', ['r2']);
  });

  it.each(['', '-5', '2000', 'abc'])(
    'refuses %j minutes with a message, rating nothing',
    (value) => {
      const { onRate, dialog } = renderDialog();
      fireEvent.input(screen.getByLabelText('Minutes studied'), { target: { value } });
      expect(screen.getByText('Enter the minutes you studied (0 to 1440).')).toBeTruthy();
      expect(ratings().every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
      fireEvent.keyDown(dialog, { key: '3' });
      expect(onRate).not.toHaveBeenCalled();
    },
  );

  it('Keep studying and Escape close it without rating', () => {
    const { onRate, onCancel, dialog } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Keep studying' }));
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onRate).not.toHaveBeenCalled();
  });
});
