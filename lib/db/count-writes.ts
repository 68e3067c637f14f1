import Dexie, { type ObservabilitySet } from 'dexie';
import type { WaymarkDatabase } from './database';

export interface WriteCount {
  /** How many committed writes to the tables this context has heard of so far. */
  current: () => number;
  stop: () => void;
}

/**
 * Counts writes to `tables` from any extension context, so a copy built from them can tell
 * whether it has seen them all: it notes the count when its read starts.
 */
export function countWrites(db: WaymarkDatabase, tables: readonly string[]): WriteCount {
  const prefix = `idb://${db.name}/`;
  let writes = 0;
  const listener = (parts: ObservabilitySet) => {
    const touched = Object.keys(parts).some(
      (part) =>
        part.startsWith(prefix) && tables.includes(part.slice(prefix.length).split('/')[0] ?? ''),
    );
    if (touched) writes += 1;
  };
  Dexie.on('storagemutated', listener);
  return {
    current: () => writes,
    stop: () => Dexie.on('storagemutated').unsubscribe(listener),
  };
}
