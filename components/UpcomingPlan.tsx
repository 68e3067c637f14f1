import { formatDay, formatMinutes } from './format';
import type { SessionKind } from '../lib/domain/types';

export interface UpcomingDay {
  date: string;
  budget: number;
  minutes: number;
  /** Due review minutes that did not fit this day. */
  backlogMinutes: number;
  sessions: {
    projectId: string;
    project: string;
    objective: string;
    minutes: number;
    kind: SessionKind;
    /** A return an earlier session of the agenda brings: moved by moving that session. */
    expected: boolean;
  }[];
}

interface UpcomingPlanProps {
  days: UpcomingDay[];
  unplaceable: { projectId: string; project: string; reason: string }[];
  onPostpone: (projectId: string, days: number) => void;
  onSkip: (projectId: string) => void;
}

/**
 * The next days as an agenda, each day's load against its budget: the sessions planned now, and
 * the reviews they will bring back if the user keeps to the plan.
 */
export function UpcomingPlan({ days, unplaceable, onPostpone, onSkip }: UpcomingPlanProps) {
  return (
    <section class="upcoming" aria-labelledby="upcoming-title">
      <h1 id="upcoming-title">Upcoming</h1>
      <p class="muted">
        Rows in italics follow from an earlier day if you study as planned: a project you are
        building goes on, and a project you review comes back. Move the earlier session to move
        them.
      </p>
      {unplaceable.map((u) => (
        <p class="notice notice-error" role="alert" key={u.projectId}>
          <strong>{u.project}</strong>: {u.reason}
        </p>
      ))}
      <ol class="agenda">
        {days.map((day, index) => (
          <li key={day.date} class={day.budget === 0 ? 'agenda-day rest' : 'agenda-day'}>
            <h2>
              {formatDay(day.date, { weekday: 'short', day: 'numeric', month: 'short' })}{' '}
              <span class="muted">
                {day.budget === 0
                  ? 'rest day'
                  : `${formatMinutes(day.minutes)} of ${formatMinutes(day.budget)}`}
              </span>
              {day.backlogMinutes > 0 && (
                <span class="agenda-backlog"> +{formatMinutes(day.backlogMinutes)} waiting</span>
              )}
            </h2>
            {day.budget > 0 && (
              <meter
                min={0}
                max={day.budget}
                value={day.minutes}
                aria-label={`Load on ${day.date}`}
              />
            )}
            <ul class="agenda-sessions">
              {day.sessions.map((s) =>
                s.expected ? (
                  <li key={s.projectId} class="expected">
                    <span>
                      {s.project}{' '}
                      <span class="muted">
                        {s.objective} · {formatMinutes(s.minutes)} ·{' '}
                        {s.kind === 'review' ? 'returns for review' : 'building goes on'}
                      </span>
                    </span>
                  </li>
                ) : (
                  <li key={s.projectId}>
                    <span>
                      {s.project}{' '}
                      <span class="muted">
                        {s.objective} · {formatMinutes(s.minutes)} · {s.kind}
                      </span>
                    </span>
                    <span class="row-actions">
                      {index === 0 && (
                        <button type="button" onClick={() => onSkip(s.projectId)}>
                          Skip today<span class="visually-hidden">: {s.project}</span>
                        </button>
                      )}
                      <button type="button" onClick={() => onPostpone(s.projectId, 1)}>
                        +1 day<span class="visually-hidden">: {s.project}</span>
                      </button>
                      <button type="button" onClick={() => onPostpone(s.projectId, 7)}>
                        +1 week<span class="visually-hidden">: {s.project}</span>
                      </button>
                    </span>
                  </li>
                ),
              )}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
