import { raisedEstimate } from '../lib/domain/schedule/effort';
import type { TodaySession } from '../lib/domain/today/today-view';
import { formatHours, formatMinutes, formatPercent } from './format';
import { ResourceList } from './ResourceList';

interface SessionCardProps {
  session: TodaySession;
  /** Null while the page is still loading its actions, or while another session runs. */
  onStart: ((projectId: string) => void) | null;
  onOpenResource?: (resourceId: string) => void;
  /** For a project past its estimate: give it more time, or call it done. */
  onPastEstimate?: ((projectId: string, choice: 'raise' | 'done') => void) | null;
  startShortcut?: string;
}

export function SessionCard({
  session,
  onStart,
  onOpenResource,
  onPastEstimate,
  startShortcut,
}: SessionCardProps) {
  // Encoded: an id with a space would name two elements. No hook either: this card is on the
  // first paint, which loads no hooks.
  const headingId = `session-${encodeURIComponent(session.projectId)}`;
  return (
    <article class="session" aria-labelledby={headingId} data-project-id={session.projectId}>
      <header>
        <h3 id={headingId}>{session.project}</h3>
        <p class="muted">
          {session.objective} · {formatMinutes(session.minutes)} ·{' '}
          {session.kind === 'build' ? (
            <span class="tag tag-new">build</span>
          ) : (
            <span class="tag">
              {session.freshness === null ? 'review' : `${formatPercent(session.freshness)} fresh`}
            </span>
          )}
          {session.overdueDays > 0 && (
            <span class="tag tag-overdue">
              {session.overdueDays} {session.overdueDays === 1 ? 'day' : 'days'} overdue
            </span>
          )}
          {session.toRead > 0 && <span class="tag">{session.toRead} to read</span>}
        </p>
        {session.kind === 'build' && <BuildProgress session={session} />}
        {session.kind === 'build' && session.builtMinutes >= session.estimateMinutes && (
          <p class="row-actions">
            <button
              type="button"
              disabled={!onPastEstimate}
              onClick={() => onPastEstimate?.(session.projectId, 'raise')}
            >
              Raise estimate to{' '}
              {formatHours(raisedEstimate(session.estimateMinutes, session.builtMinutes))}
            </button>
            <button
              type="button"
              disabled={!onPastEstimate}
              onClick={() => onPastEstimate?.(session.projectId, 'done')}
            >
              Mark done
            </button>
          </p>
        )}
      </header>
      <ResourceList
        resources={session.resources}
        more={session.resourceCount - session.resources.length}
        onOpen={onOpenResource}
      />
      <button
        type="button"
        class="primary"
        disabled={!onStart}
        aria-keyshortcuts={startShortcut}
        onClick={() => onStart?.(session.projectId)}
      >
        Start
      </button>
    </article>
  );
}

/** How far the project is built: hours of its estimate, and the breakdown items ticked. */
function BuildProgress({ session }: { session: TodaySession }) {
  const { builtMinutes: built, estimateMinutes: estimate } = session;
  return (
    <p class="build-progress">
      <progress
        max={Math.max(1, estimate)}
        value={Math.min(built, estimate)}
        aria-label={`${session.project} built`}
      />
      <span>
        {formatHours(built)} of {formatHours(estimate)}
        {built >= estimate && ' · past its estimate'}
        {session.children > 0 && ` · ${session.childrenDone} of ${session.children} steps`}
      </span>
    </p>
  );
}
