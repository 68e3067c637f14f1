import { dayToEpoch, epochToDayIndex, indexToDay } from '../domain/schedule/day-index';
import type { WaymarkDatabase } from './database';

/**
 * The distinct local days with at least one review, oldest first. A key cursor on `at` jumps
 * from each day's first review straight to the next local midnight, so the read costs one step
 * per day studied, not one per review (50,000 reviews over a year: about 365 steps). Dexie has no
 * jumping cursor, hence the raw IndexedDB transaction.
 */
export async function readStudiedDays(db: WaymarkDatabase): Promise<string[]> {
  const idb = (await db.open()).backendDB();
  return new Promise((resolve, reject) => {
    const byTime = idb.transaction('reviews', 'readonly').objectStore('reviews').index('at');
    const cursorRequest = byTime.openKeyCursor();
    const days: string[] = [];
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return resolve(days);
      const index = epochToDayIndex(cursor.key as number);
      days.push(indexToDay(index));
      cursor.continue(dayToEpoch(indexToDay(index + 1)));
    };
    cursorRequest.onerror = () => reject(cursorRequest.error);
  });
}
