import type { TodaySnapshot } from '../domain/today/today-view';
import { DATABASE_NAME } from './database-name';

export interface SnapshotRead {
  /** False on first run: no database yet. */
  database: boolean;
  snapshot: TodaySnapshot | null;
}

/**
 * Reads the stored today view with the raw IndexedDB API, so the new-tab page can paint before
 * Dexie (and everything else) loads. Never creates the database: that stays Dexie's job, with
 * its versions. Always settles: whatever fails (even inside a success handler) means no snapshot,
 * and the page waits for the live view instead.
 */
export function readTodaySnapshot(): Promise<SnapshotRead> {
  return new Promise((resolve) => {
    const none = (database: boolean) => resolve({ database, snapshot: null });
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE_NAME);
    } catch {
      none(false);
      return;
    }
    // Only fired when there is no database: back out instead of creating an empty one.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => none(false);
    request.onblocked = () => none(true);
    request.onsuccess = () => {
      const db = request.result;
      try {
        if (!db.objectStoreNames.contains('snapshots')) {
          db.close();
          none(true);
          return;
        }
        const get = db.transaction('snapshots').objectStore('snapshots').get('today');
        get.onsuccess = () => {
          db.close();
          resolve({ database: true, snapshot: (get.result as TodaySnapshot | undefined) ?? null });
        };
        get.onerror = () => {
          db.close();
          none(true);
        };
      } catch {
        // The database closing under us (an upgrade in another tab): paint without the snapshot.
        db.close();
        none(true);
      }
    };
  });
}
