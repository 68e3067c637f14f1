import { liveQuery } from 'dexie';
import type { WaymarkDatabase } from '../db/database';
import { todayCopy } from '../db/local-copy';

/**
 * Keeps the page's localStorage copy of today's view equal to the `snapshots` row, which only the
 * service worker writes: the copy is never computed here, only mirrored from what was read, so
 * the first paint shows what the row holds. Runs for the life of the page.
 */
export function keepTodayCopy(db: WaymarkDatabase) {
  liveQuery(() => db.snapshots.get('today')).subscribe({
    next: (snapshot) => {
      if (snapshot) todayCopy.write(snapshot.view);
    },
    // Without the copy the next first paint reads the row itself: nothing to tell the user.
    error: () => {},
  });
}
