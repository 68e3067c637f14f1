/**
 * Whether the browser has promised to keep Waymark's data when disk space runs low (persistent
 * storage) instead of evicting it. A browser without the StorageManager API, or one that throws,
 * reports 'unsupported' rather than failing the page.
 */
export type PersistenceState = 'granted' | 'not-granted' | 'unsupported';

type StorageApi = Pick<StorageManager, 'persisted' | 'persist'>;

function defaultStorage(): Partial<StorageApi> | undefined {
  return globalThis.navigator?.storage;
}

export async function readPersistence(
  storage: Partial<StorageApi> | undefined = defaultStorage(),
): Promise<PersistenceState> {
  const persisted = storage?.persisted;
  if (typeof persisted !== 'function') return 'unsupported';
  return settle(() => persisted.call(storage));
}

/** Asks the browser to keep the data; it may grant at once, ask the user, or refuse. */
export async function requestPersistence(
  storage: Partial<StorageApi> | undefined = defaultStorage(),
): Promise<PersistenceState> {
  const persist = storage?.persist;
  if (typeof persist !== 'function') return 'unsupported';
  return settle(() => persist.call(storage));
}

async function settle(ask: () => Promise<boolean>): Promise<PersistenceState> {
  try {
    return (await ask()) ? 'granted' : 'not-granted';
  } catch {
    return 'unsupported';
  }
}
