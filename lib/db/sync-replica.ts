import { withoutKeys } from '../domain/optional-keys';
import type { SyncBaseline } from '../domain/sync/sync-baseline';
import { newClock } from '../domain/sync/hlc';
import { emptySyncState } from '../domain/sync/merge-sync-state';
import type { HlcClock, SyncState } from '../domain/sync/sync-state';
import type { WaymarkDatabase } from './database';

/**
 * This device's copy of the synced state, kept in the database beside the rows it stands for, so
 * the two change in one transaction. Device-local: never backed up, never synced as a row.
 */
export interface SyncReplica {
  id: 'replica';
  /** Chosen at random the first time this device syncs. */
  device: string;
  clock: HlcClock;
  state: SyncState;
  /**
   * The rows as of the last sync. Absent after a restore, an import or an upgrade, so the next
   * sync pulls first and what the rows hold enters below everything sync already has.
   */
  baseline?: SyncBaseline;
  /**
   * The user restored with "replace everywhere": the next sync starts a new epoch from this
   * device's rows instead of merging, and clears this.
   */
  replaceEverywhere?: true;
}

const REPLICA_ID = 'replica';

export function readSyncReplica(db: WaymarkDatabase): Promise<SyncReplica | undefined> {
  return db.syncReplica.get(REPLICA_ID);
}

export async function saveSyncReplica(db: WaymarkDatabase, replica: SyncReplica): Promise<void> {
  await db.syncReplica.put(replica);
}

/**
 * Drops the baseline, for a write that replaces rows wholesale (restore, import): call it inside
 * that write's transaction, so the rows and the forgetting commit or fail together.
 */
export async function forgetSyncBaseline(db: WaymarkDatabase): Promise<void> {
  const replica = await readSyncReplica(db);
  if (!replica?.baseline) return;
  await db.syncReplica.put(withoutKeys(replica, 'baseline'));
}

/** A replica for a device that has never synced: the id is this device's from now on. */
export function firstSyncReplica(device: string): SyncReplica {
  return { id: REPLICA_ID, device, clock: newClock(device), state: emptySyncState() };
}

/**
 * Asks the next sync to replace what every device holds with this device's rows, for a restore
 * the user chose to take everywhere: call it inside the restore's transaction. A device that has
 * never synced gets its replica now, with `newDevice` as its id.
 */
export async function requestReplaceEverywhere(
  db: WaymarkDatabase,
  newDevice: () => string,
): Promise<void> {
  const replica = (await readSyncReplica(db)) ?? firstSyncReplica(newDevice());
  await db.syncReplica.put({ ...withoutKeys(replica, 'baseline'), replaceEverywhere: true });
}
