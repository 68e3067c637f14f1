import type { TodayView } from '../lib/domain/today/today-view';
import { formatDate, formatElapsed, formatMinutes, formatTodayHeading } from './format';
import { SessionCard } from './SessionCard';

export interface TodayActions {
  start: (projectId: string) => void;
  finish: () => void;
  /** Back to the running session: its tab group, else the page of the project used last. */
  resume: () => void;
  opened: (resourceId: string) => void;
  shorten: (projectId: string, minutes: number) => void;
  pastEstimate: (projectId: string, choice: 'raise' | 'done') => void;
}

interface TodayPlanProps {
  view: TodayView;
  now: number;
  /** Null until the page's interactive part has loaded. */
  actions: TodayActions | null;
}

/** Today's sessions against the day's budget. Painted first, from a stored snapshot. */
export function TodayPlan({ view, now, actions }: TodayPlanProps) {
  const remaining = view.sessions.length;
  return (
    <section class="today" aria-labelledby="today-title">
      <h1 id="today-title">
        Today <span class="muted">{formatTodayHeading(view.day)}</span>
      </h1>
      <p class="budget">
        <meter
          min={0}
          max={Math.max(view.budget, 1)}
          value={view.plannedMinutes + view.studiedMinutes}
          aria-label="Minutes planned today"
        />
        <span>
          {formatMinutes(view.plannedMinutes)} planned
          {view.studiedMinutes > 0 && `, ${formatMinutes(view.studiedMinutes)} studied`} of{' '}
          {formatMinutes(view.budget)}
        </span>
        {view.overdue > 0 && <span class="tag tag-overdue">{view.overdue} overdue</span>}
      </p>
      {view.next && <NextObjectiveLine next={view.next} />}
      {view.active && (
        <div class="active-session" role="status">
          <span>
            Studying <strong>{view.active.project}</strong> for{' '}
            {formatElapsed(now - view.active.startedAt)}
          </span>
          {(view.active.groupId !== undefined || view.active.lastResource) && (
            <button type="button" disabled={!actions} onClick={() => actions?.resume()}>
              Continue
            </button>
          )}
          <button
            type="button"
            class="primary"
            disabled={!actions}
            aria-keyshortcuts="f"
            onClick={() => actions?.finish()}
          >
            Finish
          </button>
        </div>
      )}
      {remaining === 0 ? (
        <p class="all-done">
          {view.budget === 0 ? 'A rest day: nothing planned.' : 'Nothing left for today.'}
        </p>
      ) : (
        <div class="sessions">
          {view.sessions.map((session, index) => (
            <SessionCard
              key={session.projectId}
              session={session}
              startShortcut={index === 0 ? 's' : undefined}
              onStart={actions && !view.active ? actions.start : null}
              onOpenResource={actions?.opened}
              onPastEstimate={actions?.pastEstimate ?? null}
            />
          ))}
        </div>
      )}
      {view.unplaceable.map((u) => (
        <p class="notice notice-error" role="alert" key={u.projectId}>
          <strong>{u.project}</strong>: {u.reason}{' '}
          {actions && view.budget > 0 && (
            <button type="button" onClick={() => actions.shorten(u.projectId, view.budget)}>
              Shorten to {formatMinutes(view.budget)}
            </button>
          )}
        </p>
      ))}
      {view.done.length > 0 && (
        <section aria-labelledby="done-title">
          <h2 id="done-title">Done today</h2>
          <ul class="done-list">
            {view.done.map((d, i) => (
              <li key={`${d.projectId}-${i}`}>
                ✓ {d.project} <span class="muted">{formatMinutes(d.minutes)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** One line: the next objective the plan reaches, when, and against its target. */
function NextObjectiveLine({ next }: { next: NonNullable<TodayView['next']> }) {
  const late = next.targetDate !== undefined && (next.done === null || next.done > next.targetDate);
  return (
    <p class="next-objective">
      Next: <strong>{next.objective}</strong>{' '}
      {next.done === null
        ? 'is not reached within ten years at this pace'
        : `reached by ${formatDate(next.done)}`}
      {next.targetDate !== undefined && (
        <span class={late ? 'tag tag-overdue' : 'tag'}>
          {late ? `late for ${formatDate(next.targetDate)}` : 'on track'}
        </span>
      )}
    </p>
  );
}
