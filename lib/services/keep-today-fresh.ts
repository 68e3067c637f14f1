import type { WaymarkDatabase } from '../db/database';
import { watchQuietly } from '../db/watch-quietly';
import { USER_TABLES } from '../domain/rows/user-tables';
import type { TodayView } from '../domain/today/today-view';
import { computeToday } from './compute-today';
import type { StartupGate } from './startup-gate';

const QUIET_MS = 300;

/**
 * Keeps the stored today view in step with the data, whichever context changed it (popup,
 * context menu, new-tab page), so the next new tab paints an up-to-date plan at once. The one
 * writer of the `snapshots` row: run by the service worker, which also recomputes it each time it
 * starts (a change made while it was stopped is caught up then). It waits for writes to settle,
 * so the page that made them reads first. Returns a function that recomputes now (for the
 * midnight alarm) and the unsubscribe.
 */
export function keepTodayFresh(db: WaymarkDatabase, clock: () => number, gate?: StartupGate) {
  // The user's data, which is all the plan reads: not the snapshot it writes (each write would
  // start another), nor the sync replica, which a sync run saves even when no row changed.
  const stop = watchQuietly(
    db,
    USER_TABLES,
    QUIET_MS,
    () => computeToday(db, clock()),
    (view) => void storeTodaySnapshot(db, view, clock()).catch(reportFailure),
    reportFailure,
    gate?.opened,
  );
  return {
    refresh: () => computeToday(db, clock()).then((view) => storeTodaySnapshot(db, view, clock())),
    stop,
  };
}

function reportFailure(error: unknown) {
  console.error('Waymark could not refresh today’s plan', error);
}

/** The one write of the `snapshots` row: pages read it, and mirror it into their own copy. */
function storeTodaySnapshot(db: WaymarkDatabase, view: TodayView, now: number) {
  return db.snapshots.put({ id: 'today', day: view.day, builtAt: now, view });
}
