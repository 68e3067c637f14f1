import { render, type ComponentChild } from 'preact';
import { FirstRun } from '../../components/FirstRun';
import { TodayPlan } from '../../components/TodayPlan';
import type { TodayView } from '../../lib/domain/today/today-view';
import { storeNodes, type StoredNode } from '../../lib/ui/stored-nodes';
import { viewFromHash } from './views';

export function openImport() {
  location.hash = '#import';
}

/** Without `onImport` (a stored screen, which has no handlers) its button waits for the live part. */
const Welcome = ({ onImport }: { onImport: (() => void) | null }) => (
  <FirstRun busy={false} error={null} onTryExample={null} onImport={onImport} />
);

/** Today from a stored view: the plan, or the welcome while there is no roadmap, as it is live. */
const StoredToday = ({ view, onImport }: { view: TodayView; onImport: (() => void) | null }) =>
  view.hasRoadmap ? (
    <TodayPlan view={view} now={Date.now()} actions={null} />
  ) : (
    <Welcome onImport={onImport} />
  );

/**
 * What the page shows before its interactive part loads: the markup the live view renders for
 * the same data, without actions, so the live part takes these elements over instead of painting
 * them again.
 */
function FirstPaint({ view, firstRun }: { view: TodayView | null; firstRun: boolean }) {
  if (firstRun) return <Welcome onImport={openImport} />;
  if (view && viewFromHash(location.hash) === 'today')
    return <StoredToday view={view} onImport={openImport} />;
  return <p class="muted loading">Loading…</p>;
}

function renderDetached(first: ComponentChild) {
  const painted = document.createElement('div');
  render(first, painted);
  return painted;
}

/**
 * Paints the first screen into `root`. Rendered in a detached element, then moved in: the live
 * part's first render into `root` then finds elements it did not render and adopts them (Preact
 * diffs existing children and their attributes), so what is on screen is not painted again.
 */
export function paintFirst(root: Element, view: TodayView | null, firstRun: boolean) {
  root.replaceChildren(
    ...renderDetached(<FirstPaint view={view} firstRun={firstRun} />).childNodes,
  );
}

/**
 * Today's first screen for `view` as data, stored with the view so that the next new tab puts it
 * on screen before any module loads (entrypoints/first-paint.ts).
 */
export function firstPaintScreen(view: TodayView): StoredNode[] | null {
  const painted = renderDetached(<StoredToday view={view} onImport={null} />);
  const screen = storeNodes(painted);
  render(null, painted);
  return screen;
}
