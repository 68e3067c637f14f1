import { formatHours } from '../format';

export interface EstimateConflictItem {
  key: string;
  title: string;
  note: number | undefined;
  waymark: number | undefined;
}

interface EstimateConflictsProps {
  conflicts: EstimateConflictItem[];
  /** Keys whose Waymark estimate the user keeps; the note's is taken for the others. */
  kept: ReadonlySet<string>;
  onKeep: (key: string, keep: boolean) => void;
}

function estimate(minutes: number | undefined): string {
  return minutes === undefined ? 'none' : formatHours(minutes);
}

/**
 * Estimates changed both in the note and in Waymark since the note was last taken in: the user
 * says which to keep for each. Titles from the note render as text.
 */
export function EstimateConflicts({ conflicts, kept, onKeep }: EstimateConflictsProps) {
  if (conflicts.length === 0) return null;
  return (
    <fieldset class="estimate-conflicts">
      <legend>Estimates changed on both sides</legend>
      {conflicts.map((conflict) => (
        <p key={conflict.key}>
          <label>
            <input
              type="checkbox"
              checked={kept.has(conflict.key)}
              onChange={(event) => onKeep(conflict.key, event.currentTarget.checked)}
            />{' '}
            Keep Waymark’s {estimate(conflict.waymark)} for “{conflict.title}”
          </label>{' '}
          <span class="muted">(the note now says {estimate(conflict.note)})</span>
        </p>
      ))}
    </fieldset>
  );
}
