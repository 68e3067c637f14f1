import Dexie, { type ObservabilitySet } from 'dexie';
import type { WaymarkDatabase } from './database';

/**
 * Runs `query` once `after` settles (at once by default), and again once writes to `tables` (from
 * any extension context) have been quiet for `delayMs`. For the service worker's background work:
 * a liveQuery there re-reads at once on every write, and its reads (10,000 resources for the
 * suggestion index, the whole plan) queue the open page's own reads behind them in IndexedDB.
 * Results arrive in order.
 */
export function watchQuietly<T>(
  db: WaymarkDatabase,
  tables: readonly string[],
  delayMs: number,
  query: () => Promise<T>,
  onResult: (value: T) => void,
  onError: (error: unknown) => void,
  after: Promise<void> = Promise.resolve(),
): () => void {
  const prefix = `idb://${db.name}/`;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue = Promise.resolve();
  const run = () => {
    queue = queue.then(async () => {
      if (stopped) return;
      try {
        const value = await query();
        if (!stopped) onResult(value);
      } catch (error) {
        onError(error);
      }
    });
  };
  const touches = (part: string) =>
    part.startsWith(prefix) && tables.includes(part.slice(prefix.length).split('/')[0] ?? '');
  // Until the first read starts, it will see every write anyway.
  let started = false;
  const listener = (parts: ObservabilitySet) => {
    if (!started || !Object.keys(parts).some(touches)) return;
    clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  };
  Dexie.on('storagemutated', listener);
  void after.then(() => {
    started = true;
    run();
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}
