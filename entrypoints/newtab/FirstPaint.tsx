import { FirstRun } from '../../components/FirstRun';
import { TodayPlan } from '../../components/TodayPlan';
import type { TodayView } from '../../lib/domain/today/today-view';
import { markCurrentView, viewFromHash } from './views';

export function openImport() {
  location.hash = '#import';
}

/** What the page shows before its interactive part loads: the same markup, without actions. */
export function FirstPaint({ view, firstRun }: { view: TodayView | null; firstRun: boolean }) {
  const current = viewFromHash(location.hash);
  markCurrentView(current);
  if (firstRun)
    return <FirstRun busy={false} error={null} onTryExample={null} onImport={openImport} />;
  if (view && current === 'today') return <TodayPlan view={view} now={Date.now()} actions={null} />;
  return <p class="muted loading">Loading…</p>;
}
