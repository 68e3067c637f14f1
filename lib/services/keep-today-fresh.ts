import { liveQuery } from 'dexie';
import type { WaymarkDatabase } from '../db/database';
import { computeToday, storeTodaySnapshot } from './compute-today';

const DEBOUNCE_MS = 300;

/**
 * Keeps the stored today view in step with the data, whichever context changed it (popup,
 * context menu, new-tab page), so the next new tab paints an up-to-date plan at once.
 * Returns a function that recomputes now (for the midnight alarm) and the unsubscribe.
 */
export function keepTodayFresh(db: WaymarkDatabase, clock: () => number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const subscription = liveQuery(() => computeToday(db, clock())).subscribe({
    next: (view) => {
      clearTimeout(timer);
      timer = setTimeout(
        () => void storeTodaySnapshot(db, view, clock()).catch(reportFailure),
        DEBOUNCE_MS,
      );
    },
    error: reportFailure,
  });
  return {
    refresh: () => computeToday(db, clock()).then((view) => storeTodaySnapshot(db, view, clock())),
    stop: () => subscription.unsubscribe(),
  };
}

function reportFailure(error: unknown) {
  console.error('Waymark could not refresh today’s plan', error);
}
