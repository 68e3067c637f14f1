import { AppNav, viewFromHash } from '../../components/AppNav';
import { FirstRun } from '../../components/FirstRun';
import { TodayPlan } from '../../components/TodayPlan';
import type { TodayView } from '../../lib/domain/today/today-view';

export function openImport() {
  location.hash = '#import';
}

/** What the page shows before its interactive part loads: the same markup, without actions. */
export function FirstPaint({ view, firstRun }: { view: TodayView | null; firstRun: boolean }) {
  const current = viewFromHash(location.hash);
  return (
    <>
      <AppNav current={current} />
      <main>
        {firstRun ? (
          <FirstRun busy={false} error={null} onTryExample={null} onImport={openImport} />
        ) : view && current === 'today' ? (
          <TodayPlan view={view} now={Date.now()} actions={null} />
        ) : (
          <p class="muted loading">Loading…</p>
        )}
      </main>
    </>
  );
}
