import { render } from 'preact';
import { FirstRun } from '../../components/FirstRun';
import { TodayPlan } from '../../components/TodayPlan';
import type { TodayView } from '../../lib/domain/today/today-view';
import { markCurrentView, viewFromHash } from './views';

export function openImport() {
  location.hash = '#import';
}

/**
 * What the page shows before its interactive part loads: the markup the live Today view renders
 * for the same data, without actions, so the live part takes these elements over instead of
 * painting them again. A stored view without a roadmap is the welcome, as it is live.
 */
export function FirstPaint({ view, firstRun }: { view: TodayView | null; firstRun: boolean }) {
  const current = viewFromHash(location.hash);
  markCurrentView(current);
  if (firstRun || (view && !view.hasRoadmap && current === 'today'))
    return <FirstRun busy={false} error={null} onTryExample={null} onImport={openImport} />;
  if (view && current === 'today') return <TodayPlan view={view} now={Date.now()} actions={null} />;
  return <p class="muted loading">Loading…</p>;
}

/**
 * Paints the first screen into `root`. Rendered in a detached element, then moved in: the live
 * part's first render into `root` then finds elements it did not render and adopts them (Preact
 * diffs existing children and their attributes), so what is on screen is not painted again.
 */
export function paintFirst(root: Element, view: TodayView | null, firstRun: boolean) {
  const painted = document.createElement('div');
  render(<FirstPaint view={view} firstRun={firstRun} />, painted);
  root.replaceChildren(...painted.childNodes);
}
