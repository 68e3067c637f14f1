import '../../../components/views.css';
import { useState } from 'preact/hooks';
import { StatsOverview } from '../../../components/stats/StatsOverview';
import type { WaymarkDatabase } from '../../../lib/db/database';
import { statsCopy } from '../../../lib/db/local-copy';
import { epochToDay } from '../../../lib/domain/schedule/day-index';
import { readStats } from '../../../lib/services/read-stats';
import { useLiveQueryWithCopy } from '../../../lib/ui/use-live-query';

/**
 * Stats, kept live: a session finished in another tab shows up here without a reload. Until the
 * live report is read (a moment with tens of thousands of reviews), today's last one is shown.
 */
export function StatsView({ db }: { db: WaymarkDatabase }) {
  // The clock is read once, when the view opens; the report is computed for that moment.
  const [now] = useState(() => Date.now());
  const state = useLiveQueryWithCopy(
    () => readStats(db, now),
    [db, now],
    statsCopy,
    (last) => last.today === epochToDay(now),
  );
  // The view's boundary (live-app.tsx) shows why, with a way forward.
  if (state.status === 'error') throw state.error;
  if (state.status === 'loading') return <p class="muted">Loading stats…</p>;
  return (
    <>
      {state.status === 'stale' && (
        <p class="muted updating" role="status">
          Updating…
        </p>
      )}
      <StatsOverview report={state.value} />
    </>
  );
}
