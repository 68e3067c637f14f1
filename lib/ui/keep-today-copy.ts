import { liveQuery } from 'dexie';
import type { WaymarkDatabase } from '../db/database';
import { todayCopy } from './today-copy';
import type { TodayView } from '../domain/today/today-view';
import type { StoredNode } from './stored-nodes';

/**
 * Keeps the page's localStorage copy of today's view equal to the `snapshots` row, which only the
 * service worker writes: the copy is never computed here, only mirrored from what was read, so
 * the first paint shows what the row holds. With it goes `screen(view)`, the page's first screen
 * for that view, which the next new tab puts on screen before any module runs. Runs for the life
 * of the page.
 */
export function keepTodayCopy(
  db: WaymarkDatabase,
  screen: (view: TodayView) => StoredNode[] | null,
) {
  liveQuery(() => db.snapshots.get('today')).subscribe({
    next: (snapshot) => {
      if (!snapshot) return;
      const { view } = snapshot;
      // None while a session runs: its elapsed time would be stale on the next new tab.
      todayCopy.write({ view, screen: view.active ? null : screen(view) });
    },
    // Without the copy the next first paint reads the row itself: nothing to tell the user.
    error: () => {},
  });
}
