import Dexie, { type ObservabilitySet } from 'dexie';
import type { WaymarkDatabase } from '../../db/database';
import { runSync, type SyncDeps } from './run-sync';
import { createSyncScheduler, type Timers } from './sync-scheduler';
import type { SyncStatus } from '../../domain/sync/sync-status';
import { statusAfter } from './sync-status';
import { syncedTables } from './local-rows-io';

export interface KeepSyncingDeps extends SyncDeps {
  timers: Timers;
  status: {
    read: () => Promise<SyncStatus | undefined>;
    write: (status: SyncStatus) => Promise<void>;
  };
  /** Asks to be woken at `at` to retry (the service worker may be stopped before then). */
  retryAt: (at: number) => void;
  onError: (error: unknown) => void;
  /**
   * Sync starts once this settles (at once by default): the service worker holds its background
   * work back while a new tab paints. The first run reads everything, so nothing is missed.
   */
  after?: Promise<void>;
}

/**
 * Runs sync for as long as it is on: once now (pulling first), whenever another device's change
 * arrives, a few seconds after the user's data changes in any context, and when a retry is due.
 * Returns `retry` (for the retry alarm) and `stop` (sync turned off: nothing is deleted anywhere).
 */
export function keepSyncing(deps: KeepSyncingDeps) {
  const scheduler = createSyncScheduler({
    run: (push) => runSync(deps, push),
    now: deps.now,
    timers: deps.timers,
    retryAt: deps.retryAt,
    report: (outcome) => {
      if (!outcome.ok && 'error' in outcome) deps.onError(outcome.error);
      void deps.status
        .read()
        .then((previous) => deps.status.write(statusAfter(previous, outcome)))
        .catch(deps.onError);
    },
  });
  let stopped = false;
  let stopWatching = () => {};
  void (deps.after ?? Promise.resolve()).then(() => {
    if (stopped) return;
    const stopWatchingArea = deps.area.onChanged(() => scheduler.pull());
    const stopWatchingRows = watchSyncedTables(deps.db, () => scheduler.localChange());
    stopWatching = () => {
      stopWatchingArea();
      stopWatchingRows();
    };
    scheduler.pull();
  });
  return {
    retry: () => scheduler.pull(),
    idle: () => scheduler.idle(),
    stop: () => {
      stopped = true;
      stopWatching();
      scheduler.stop();
    },
  };
}

/** Calls `onChange` after each write to the synced tables, from any extension context. */
function watchSyncedTables(db: WaymarkDatabase, onChange: () => void): () => void {
  // The rows sync carries; writes to its own replica (and to derived rows) are not changes.
  const tables = new Set(
    syncedTables(db)
      .filter((table) => table !== db.syncReplica)
      .map((table) => table.name),
  );
  const prefix = `idb://${db.name}/`;
  const touches = (part: string) =>
    part.startsWith(prefix) && tables.has(part.slice(prefix.length).split('/')[0] ?? '');
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some(touches)) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
