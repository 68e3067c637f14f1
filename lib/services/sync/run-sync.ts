import type { WaymarkDatabase } from '../../db/database';
import {
  firstSyncReplica,
  readSyncReplica,
  saveSyncReplica,
  type SyncReplica,
} from '../../db/sync-replica';
import { withoutKeys } from '../../domain/optional-keys';
import { sameJson } from '../../domain/sync/stable-json';
import { compactSyncState } from '../../domain/sync/compact-sync-state';
import { receive } from '../../domain/sync/hlc';
import { changedRows } from '../../domain/sync/local-rows';
import { materialiseRows } from '../../domain/sync/materialise-rows';
import { compareRegisters, mergeSyncStates, newestStamp } from '../../domain/sync/merge-sync-state';
import { packSyncState } from '../../domain/sync/pack-sync-state';
import { recordLocalRows } from '../../domain/sync/record-local-rows';
import { newEpochOfRows, rowsBeforeNewEpoch } from '../../domain/sync/replace-everywhere';
import type { SyncAreaPort, SyncFailureReason } from '../../domain/sync/sync-area-port';
import { isSyncItemKey } from '../../domain/sync/sync-item-keys';
import type { SyncState } from '../../domain/sync/sync-state';
import { unpackSyncItems } from '../../domain/sync/unpack-sync-items';
import { countRowChanges, readLocalRows, syncedTables, writeRowChanges } from './local-rows-io';
import { describeSyncFailure } from './sync-problem';
import type { SyncStatus } from '../../domain/sync/sync-status';

export interface SyncDeps {
  db: WaymarkDatabase;
  area: SyncAreaPort;
  now: () => number;
  /** Fresh ids: this device's id the first time it syncs, and rows sync creates. */
  newId: () => string;
}

export type SyncRunResult =
  | {
      ok: true;
      status: SyncStatus;
      /** Write operations spent on sync storage (one `set`, one `remove` at most). */
      writes: number;
      /** Items still differ from this device's state: a push was not allowed this time. */
      pushPending: boolean;
      /** Local rows written or deleted. */
      rowsChanged: number;
    }
  | { ok: false; reason: SyncFailureReason; problem: string; writes: number };

/** Settings lists a few of the problems unpacking found, each in a line of its own. */
const MAX_PROBLEMS_SHOWN = 3;
const MAX_PROBLEM_LENGTH = 900;

/**
 * One sync: read the browser's sync storage, merge it into this device's replica, then in one
 * transaction record what changed locally, write the rows the merged state stands for and keep
 * the replica; then write to sync storage only what differs: one `remove` of items no longer
 * needed and one `set` of the items that changed. It always reads before it writes, so a device
 * with no baseline (fresh, restored, imported, upgraded) takes what sync holds before offering its
 * own. `push: false` merges without writing to sync storage (the write budget is spent).
 * After a restore with "replace everywhere" it starts a new epoch from the local rows instead of
 * merging; a device that pulls a new epoch takes what it holds in place of its own data.
 */
export async function runSync(deps: SyncDeps, push = true): Promise<SyncRunResult> {
  const { db, area, now } = deps;
  const read = await area.readAll();
  if (!read.ok) return failed(read.failure.reason, 0);
  const remote = unpackSyncItems(read.value);

  const replica = await db.transaction('rw', syncedTables(db), async () => {
    const kept = await readSyncReplica(db);
    const stored = kept ?? firstSyncReplica(deps.newId());
    const at = now();
    const merged = mergeSyncStates(stored.state, remote.state);
    const rows = await readLocalRows(db);
    // Another device replaced everything since this one last synced: its epoch stands as it is.
    const replaced =
      kept !== undefined &&
      !stored.replaceEverywhere &&
      compareRegisters(merged.epoch, stored.state.epoch) !== 0;
    const recorded = stored.replaceEverywhere
      ? newEpochOfRows({
          previous: merged,
          rows,
          clock: stored.clock,
          now: at,
          epoch: deps.newId(),
        })
      : replaced
        ? {
            state: merged,
            clock: receive(stored.clock, newestStamp(merged) ?? merged.epoch.stamp, at),
          }
        : recordLocalRows({
            state: merged,
            baseline: stored.baseline,
            rows,
            clock: stored.clock,
            now: at,
          });
    const state = withDeviceSeen(recorded.state, stored.device, at);
    const materialised = materialiseRows({
      state,
      rows: replaced ? rowsBeforeNewEpoch(rows) : rows,
      device: stored.device,
      newId: deps.newId,
      now: at,
    });
    const changes = changedRows(rows, materialised.rows);
    await writeRowChanges(db, changes);
    const next: SyncReplica = {
      ...withoutKeys(stored, 'replaceEverywhere'),
      clock: recorded.clock,
      state,
      baseline: materialised.baseline,
    };
    await saveSyncReplica(db, next);
    return { state, rowsChanged: countRowChanges(changes) };
  });

  const packed = packSyncState(compactSyncState(replica.state, now()));
  const toSet = Object.fromEntries(
    Object.entries(packed.items).filter(
      ([key, value]) => !Object.hasOwn(read.value, key) || !sameJson(read.value[key], value),
    ),
  );
  // Only keys in this version's format are ours to remove; a newer Waymark's items stay.
  const toRemove = Object.keys(read.value).filter(
    (key) => isSyncItemKey(key) && !Object.hasOwn(packed.items, key),
  );
  const pending = Object.keys(toSet).length > 0 || toRemove.length > 0;
  let writes = 0;
  // Removals first: the items they free may be what lets the new ones fit. Another device reading
  // in between loses nothing, since each keeps its own replica and only merges.
  if (push && toRemove.length > 0) {
    writes += 1;
    const removed = await area.remove(toRemove);
    if (!removed.ok) return failed(removed.failure.reason, writes);
  }
  if (push && Object.keys(toSet).length > 0) {
    writes += 1;
    const set = await area.set(toSet);
    if (!set.ok) return failed(set.failure.reason, writes);
  }

  const bytes = await area.bytesInUse();
  const status: SyncStatus = {
    lastSyncAt: now(),
    bytes: bytes.ok ? bytes.value : packed.bytes,
    items: Object.keys(packed.items).length,
    notSyncing: packed.notSyncing.slice(0, 10),
    ...problemOf(remote.problems),
  };
  return {
    ok: true,
    status,
    writes,
    pushPending: pending && !push,
    rowsChanged: replica.rowsChanged,
  };
}

/**
 * Notes the newest change this device has merged, for compaction. Only a change of data moves it
 * (the devices' own notes are left out), so two devices never answer each other's note forever.
 */
function withDeviceSeen(state: SyncState, device: string, now: number): SyncState {
  const seen = newestStamp({ ...state, devices: {} });
  if (seen === undefined || state.devices[device]?.seen === seen) return state;
  return { ...state, devices: { ...state.devices, [device]: { seen, at: now } } };
}

function failed(reason: SyncFailureReason, writes: number): SyncRunResult {
  return { ok: false, reason, problem: describeSyncFailure(reason), writes };
}

function problemOf(problems: string[]): { problem?: string } {
  if (problems.length === 0) return {};
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).join('\n');
  const more =
    problems.length > MAX_PROBLEMS_SHOWN
      ? `\n(and ${problems.length - MAX_PROBLEMS_SHOWN} more)`
      : '';
  return {
    problem: `Some synced data was not accepted and was left out:\n${shown}${more}`.slice(
      0,
      MAX_PROBLEM_LENGTH,
    ),
  };
}
