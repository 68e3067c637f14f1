import { useState } from 'preact/hooks';
import type { TodaySession, TodayView } from '../../lib/domain/today/today-view';

interface NextSessionProps {
  /** Today's stored plan; the container passes it only when it is for today. */
  view: TodayView;
  onStart: (session: TodaySession) => Promise<{ ok: boolean; message: string }>;
  onOpenWaymark: () => void;
}

/**
 * Today's next session with a Start button, or the session under way with a way to the planner.
 * Shows nothing when today's plan has no session left.
 */
export function NextSession({ view, onStart, onOpenWaymark }: NextSessionProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState<string | null>(null);

  const studying = started ?? view.active?.project ?? null;
  if (studying !== null) {
    return (
      <section class="next-session last-attach" aria-label="Today's session">
        <p>
          Studying <strong>{studying}</strong>
        </p>
        <button type="button" onClick={onOpenWaymark}>
          Open Waymark
        </button>
      </section>
    );
  }

  const next = view.sessions[0];
  if (!next) return null;
  return (
    <section class="next-session last-attach" aria-label="Today's next session">
      <p>
        Next: {next.project} · {next.objective} · {next.minutes} min
      </p>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const result = await onStart(next);
          setBusy(false);
          if (result.ok) setStarted(next.project);
          else setError(result.message);
        }}
      >
        Start
      </button>
      {error && (
        <p role="alert" class="notice notice-error">
          {error}
        </p>
      )}
    </section>
  );
}
