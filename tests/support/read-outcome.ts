import type { WaymarkDatabase } from '../../lib/db/database';

export type ReadOutcome<T> =
  | { settled: 'resolved'; value: T }
  | { settled: 'rejected'; error: unknown }
  | { settled: 'pending' };

/** More rounds than any view's read has transactions one after another (Today has four). */
const ROUNDS = 20;

/**
 * How `read` ended, or 'pending' if it had not ended after ROUNDS rounds of the database: each
 * round is a readwrite transaction over every store, which runs only once every transaction
 * opened before it has finished. So a read still pending then is not waiting for IndexedDB; it
 * waits for ever. Counted in database rounds, not time.
 */
export async function readOutcome<T>(
  db: WaymarkDatabase,
  read: Promise<T>,
): Promise<ReadOutcome<T>> {
  // A native promise: Dexie's own calls its callbacks a step later than a race looks.
  const outcome = new Promise<ReadOutcome<T>>((settle) =>
    read.then(
      (value) => settle({ settled: 'resolved', value }),
      (error: unknown) => settle({ settled: 'rejected', error }),
    ),
  );
  const pending = Promise.resolve<ReadOutcome<T>>({ settled: 'pending' });
  const idb = (await db.open()).backendDB();
  for (let round = 0; round < ROUNDS; round++) {
    const now = await Promise.race([outcome, pending]);
    if (now.settled !== 'pending') return now;
    await new Promise<void>((done) => {
      const marker = idb.transaction([...idb.objectStoreNames], 'readwrite');
      marker.oncomplete = marker.onabort = () => done();
    });
  }
  return Promise.race([outcome, pending]);
}
