import type { ObjectiveOutlook as Outlook } from '../../lib/domain/schedule/forecast-roadmap';
import { formatDay, formatMinutes } from '../format';

interface ObjectiveOutlookProps {
  title: string;
  targetDate: string | undefined;
  /** The forecast; undefined until it is worked out. */
  outlook: Outlook | undefined;
  /** Minutes a day that would reach a late objective by its target; undefined until worked out. */
  needed: number | null | undefined;
  /** Projects not done yet, paused ones included. */
  openProjects: number;
  today: string;
  onTargetDate: ((day: string | undefined) => void) | null;
}

function forecastText(outlook: Outlook, openProjects: number): string {
  if (!outlook.pending)
    return openProjects > 0 ? 'Nothing left in the plan: the rest is paused' : 'Reached';
  if (outlook.done === null) return 'Not within ten years at this pace';
  return `Reached by ${formatDay(outlook.done, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

function neededText(needed: number | null | undefined, target: string, today: string): string {
  if (target < today) return 'The target date has passed';
  if (needed === undefined) return 'Working out what would make it';
  if (needed === null) return 'Not reachable by then, even at 24 h a day';
  return `${formatMinutes(needed)} a day would make it`;
}

/** When the objective is reached at this pace, and how that compares with its target date. */
export function ObjectiveOutlook(props: ObjectiveOutlookProps) {
  const { title, targetDate, outlook, onTargetDate } = props;
  const target = outlook?.pending ? outlook.target : null;
  const late = target !== null && (target.lateDays > 0 || target.never);
  return (
    <div class="objective-outlook">
      {/* Each part a sentence of its own, so a screen reader does not run them together. */}
      {outlook && <span>{forecastText(outlook, props.openProjects)}.</span>}
      {target && !late && <span class="on-track">On track.</span>}
      {target && late && (
        <>
          <span class="late">
            {target.never
              ? 'Late.'
              : `Late by ${target.lateDays} ${target.lateDays === 1 ? 'day' : 'days'}.`}
          </span>
          <span class="muted">{neededText(props.needed, target.date, props.today)}.</span>
        </>
      )}
      {onTargetDate ? (
        <span class="target-date">
          <label>
            Target date{' '}
            <input
              type="date"
              aria-label={`Target date for ${title}`}
              value={targetDate ?? ''}
              onChange={(e) => onTargetDate((e.target as HTMLInputElement).value || undefined)}
            />
          </label>
          {targetDate && (
            <button
              type="button"
              aria-label={`Clear target date for ${title}`}
              onClick={() => onTargetDate(undefined)}
            >
              Clear
            </button>
          )}
        </span>
      ) : (
        targetDate && (
          <span class="muted">
            Target {formatDay(targetDate, { day: 'numeric', month: 'short', year: 'numeric' })}
          </span>
        )
      )}
    </div>
  );
}
