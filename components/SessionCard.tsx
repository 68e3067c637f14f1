import type { TodaySession } from '../lib/domain/today/today-view';
import { formatMinutes, formatPercent } from './format';
import { ResourceList } from './ResourceList';

interface SessionCardProps {
  session: TodaySession;
  /** Null while the page is still loading its actions, or while another session runs. */
  onStart: ((projectId: string) => void) | null;
  onOpenResource?: (resourceId: string) => void;
  startShortcut?: string;
}

export function SessionCard({ session, onStart, onOpenResource, startShortcut }: SessionCardProps) {
  // Encoded: an id with a space would name two elements. No hook either: this card is on the
  // first paint, which loads no hooks.
  const headingId = `session-${encodeURIComponent(session.projectId)}`;
  return (
    <article class="session" aria-labelledby={headingId} data-project-id={session.projectId}>
      <header>
        <h3 id={headingId}>{session.project}</h3>
        <p class="muted">
          {session.objective} · {formatMinutes(session.minutes)} ·{' '}
          {session.kind === 'new' ? (
            <span class="tag tag-new">new</span>
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
        </p>
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
