import '../../../components/views.css';
import { useState } from 'preact/hooks';
import { Notice } from '../../../components/Notice';
import { StatsOverview } from '../../../components/stats/StatsOverview';
import type { WaymarkDatabase } from '../../../lib/db/database';
import { readStats } from '../../../lib/services/read-stats';
import { useLiveQuery } from '../../../lib/ui/use-live-query';

/** Stats, kept live: a session finished in another tab shows up here without a reload. */
export function StatsView({ db }: { db: WaymarkDatabase }) {
  // The clock is read once, when the view opens; the report is computed for that moment.
  const [now] = useState(() => Date.now());
  const state = useLiveQuery(() => readStats(db, now), [db, now]);
  if (state.status === 'error') return <Notice tone="error">{state.message}</Notice>;
  if (state.status === 'loading') return <p class="muted">Loading stats…</p>;
  return <StatsOverview report={state.value} />;
}
