import { render } from 'preact';
import { Notice } from '../../components/Notice';
import { readTodaySnapshot } from '../../lib/db/read-today-snapshot';
import { currentTodayCopy } from '../../lib/ui/today-copy';
import { epochToDay } from '../../lib/domain/schedule/day-index';
import { isCurrentTodayView } from '../../lib/domain/today/today-view';
import { paintFirst } from './FirstPaint';
import { PLAN_RENDERED } from './plan-rendered';
import { whenPresented } from './when-presented';
import './style.css';

// The first screen is usually on screen before this module runs: entrypoints/first-paint.ts
// rebuilds today's stored plan in #app for the page's first frame, then starts this module.
// Otherwise (first run, a new day, another view) this paints it from the stored view or its
// IndexedDB row. Dexie, the planner and every other view load afterwards (live-app.tsx) and take
// over the same elements. Started early, the module may run before the parser is done with #app.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', begin, { once: true });
} else begin();

function begin() {
  startOrExplain(document.getElementById('app') ?? document.body);
}

/** A page whose code failed to load (the extension updated under it) says so, not "Loading…". */
function startOrExplain(root: Element) {
  start(root).catch(() =>
    render(
      <Notice tone="error">
        Waymark failed to load.{' '}
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </Notice>,
      root,
    ),
  );
}

async function start(root: Element) {
  const now = Date.now();
  let today = currentTodayCopy(now)?.view ?? null;
  let firstRun = false;
  if (!today) {
    const { database, snapshot } = await readTodaySnapshot();
    today = isCurrentTodayView(snapshot?.view, epochToDay(now)) ? snapshot.view : null;
    firstRun = !database;
  }
  if (!root.hasAttribute('data-painted')) {
    paintFirst(root, today, firstRun);
    if (today || firstRun) performance.mark(PLAN_RENDERED);
  }
  // The live part loads once the first paint is on screen: evaluating its code (Dexie, the
  // planner) meanwhile would hold that paint back.
  await whenPresented(root.querySelector('h1, h2, h3, p'));
  const { mountLiveApp } = await import('./live-app');
  await mountLiveApp(root, today, firstRun);
}
