import { dayToEpoch, epochToDayIndex, indexToDay } from '../domain/schedule/day-index';
import { countedTimes } from '../domain/stats/counted-times';
import type { WaymarkDatabase } from './database';

/**
 * The distinct local days with at least one review, oldest first. A key cursor on `at` jumps
 * from each day's first review straight to the next local midnight, so the read costs one step
 * per day studied, not one per review (50,000 reviews over a year: about 365 steps). Dexie has no
 * jumping cursor, hence the raw IndexedDB transaction. Only times stats count are read (a time in
 * year 10000 has no `YYYY-MM-DD` day); anything else that goes wrong rejects, so no view waits for
 * ever.
 */
export async function readStudiedDays(db: WaymarkDatabase): Promise<string[]> {
  const idb = (await db.open()).backendDB();
  const { from, until } = countedTimes();
  return new Promise((resolve, reject) => {
    const byTime = idb.transaction('reviews', 'readonly').objectStore('reviews').index('at');
    const cursorRequest = byTime.openKeyCursor(IDBKeyRange.bound(from, until, false, true));
    const days: string[] = [];
    cursorRequest.onsuccess = () => {
      try {
        const cursor = cursorRequest.result;
        if (!cursor) return resolve(days);
        const index = epochToDayIndex(cursor.key as number);
        days.push(indexToDay(index));
        cursor.continue(dayToEpoch(indexToDay(index + 1)));
      } catch (error) {
        reject(error);
      }
    };
    cursorRequest.onerror = () => reject(cursorRequest.error);
  });
}
