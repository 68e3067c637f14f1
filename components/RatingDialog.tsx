import type { Rating } from '../lib/domain/types';
import { formatDay } from './format';
import { PagesFinished, useTicks, type PageToFinish } from './PagesFinished';
import { SessionDialog, useSessionEntry } from './SessionDialog';

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
  /** The project's pages still to read, offered for ticking. */
  pagesToRead: readonly PageToFinish[];
  /** `pagesRead`: the pages the user finished, marked read with the review. */
  onRate: (rating: Rating, minutes: number, note: string, pagesRead: string[]) => void;
  onCancel: () => void;
}

const LABELS: Record<Rating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/**
 * Finish a review of a done project: how well it is still known. Each rating shows when the
 * project would come back.
 */
export function RatingDialog({
  project,
  choices,
  defaultMinutes,
  pagesToRead,
  onRate,
  onCancel,
}: RatingDialogProps) {
  const entry = useSessionEntry(defaultMinutes);
  const pages = useTicks();
  const rate = (rating: Rating) => {
    if (entry.parsed !== null) onRate(rating, entry.parsed, entry.note.trim(), [...pages.ticked]);
  };

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
    <SessionDialog
      title={<>How well do you still know “{project}”?</>}
      entry={entry}
      onCancel={onCancel}
      onKeyDown={onKeyDown}
    >
      <PagesFinished pages={pagesToRead} ticked={pages.ticked} onTick={pages.tick} />
      <div class="ratings" role="group" aria-label="Rating">
        {choices.map((choice, index) => (
          <button
            type="button"
            key={choice.rating}
            class={`rating rating-${choice.rating}`}
            aria-keyshortcuts={String(index + 1)}
            // Focus starts on Good, the usual answer, so the number keys work at once.
            autoFocus={choice.rating === 'good'}
            disabled={entry.parsed === null}
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
    </SessionDialog>
  );
}
