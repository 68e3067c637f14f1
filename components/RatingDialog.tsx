import { useEffect, useRef, useState } from 'preact/hooks';
import type { Rating } from '../lib/domain/types';
import { formatDay } from './format';

export interface RatingChoice {
  rating: Rating;
  /** The day the project would come back with this rating. */
  nextDay: string;
  days: number;
}

interface RatingDialogProps {
  project: string;
  choices: RatingChoice[];
  defaultMinutes: number;
  onRate: (rating: Rating, minutes: number, note: string) => void;
  onCancel: () => void;
}

const LABELS: Record<Rating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** Finish a session: how did it go? Each rating shows when the project would come back. */
export function RatingDialog({
  project,
  choices,
  defaultMinutes,
  onRate,
  onCancel,
}: RatingDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [minutes, setMinutes] = useState(String(defaultMinutes));
  const [note, setNote] = useState('');
  const parsed = Number(minutes);
  const valid =
    minutes.trim() !== '' && Number.isFinite(parsed) && parsed >= 0 && parsed <= 24 * 60;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);

  function rate(rating: Rating) {
    if (valid) onRate(rating, parsed, note.trim());
  }

  function onKeyDown(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT') return;
    const choice = choices[Number(event.key) - 1];
    if (choice) {
      event.preventDefault();
      rate(choice.rating);
    }
  }

  return (
    <dialog
      ref={dialog}
      class="rating-dialog"
      aria-labelledby="rating-title"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="rating-title">How did “{project}” go?</h2>
      <label for="session-minutes">Minutes studied</label>
      <input
        id="session-minutes"
        type="number"
        min={0}
        max={1440}
        value={minutes}
        aria-invalid={!valid}
        onInput={(e) => setMinutes((e.target as HTMLInputElement).value)}
      />
      {!valid && <p class="field-error">Enter the minutes you studied (0 to 1440).</p>}
      <label for="session-note">Note (optional)</label>
      <textarea
        id="session-note"
        rows={2}
        value={note}
        onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
      />
      <div class="ratings" role="group" aria-label="Rating">
        {choices.map((choice, index) => (
          <button
            type="button"
            key={choice.rating}
            class={`rating rating-${choice.rating}`}
            aria-keyshortcuts={String(index + 1)}
            // Focus starts on Good, the usual answer, so the number keys work at once.
            autoFocus={choice.rating === 'good'}
            disabled={!valid}
            onClick={() => rate(choice.rating)}
          >
            <strong>
              {index + 1}. {LABELS[choice.rating]}
            </strong>
            <span>
              back {choice.days === 1 ? 'tomorrow' : `in ${choice.days} days`},{' '}
              {formatDay(choice.nextDay, { day: 'numeric', month: 'short' })}
            </span>
          </button>
        ))}
      </div>
      <button type="button" class="link" onClick={onCancel}>
        Keep studying
      </button>
    </dialog>
  );
}
