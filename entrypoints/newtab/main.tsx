import { render } from 'preact';
import { Notice } from '../../components/Notice';
import { readTodaySnapshot } from '../../lib/db/read-today-snapshot';
import { todayCopy } from '../../lib/db/local-copy';
import { epochToDay } from '../../lib/domain/schedule/day-index';
import { TODAY_VIEW_FORMAT, type TodayView } from '../../lib/domain/today/today-view';
import { paintFirst } from './FirstPaint';
import { whenPresented } from './when-presented';
import './style.css';

// The first screen paints today's plan from a stored copy (localStorage, else one IndexedDB row);
// Dexie, the planner and every other view load afterwards (live-app.tsx) and take over the same
// elements. The script is async (see wxt.config.ts), so it may run before the parser reaches #app.
const app = document.getElementById('app');
if (app) startOrExplain(app);
else {
  document.addEventListener(
    'DOMContentLoaded',
    () => startOrExplain(document.getElementById('app') ?? document.body),
    { once: true },
  );
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
  const day = epochToDay(Date.now());
  // A copy stored by an older version has another shape: wait for the live view instead.
  const isToday = (view: TodayView | null | undefined) =>
    view?.day === day && view.format === TODAY_VIEW_FORMAT ? view : null;
  let today = isToday(todayCopy.read());
  let firstRun = false;
  if (!today) {
    const { database, snapshot } = await readTodaySnapshot();
    today = isToday(snapshot?.view);
    firstRun = !database;
  }
  paintFirst(root, today, firstRun);
  if (today || firstRun) performance.mark('waymark:plan-rendered');
  // The live part loads once the first paint is on screen: evaluating its code (Dexie, the
  // planner) meanwhile would hold that paint back.
  await whenPresented(root.querySelector('h1, h2, h3, p'));
  const { mountLiveApp } = await import('./live-app');
  await mountLiveApp(root, today, firstRun);
}
