import { lowestStamp } from './hlc';
import { projectKeyOfLogId } from './sync-ids';
import type { Checkpoint, LogEntry, Register, Stamp, SyncState, Tombstone } from './sync-state';
import { sameJson, stableJson } from './stable-json';

/** The epoch every device starts in, older than any "replace everywhere". */
export const FIRST_EPOCH: Register<string> = { value: 'first', stamp: lowestStamp('0') };

export function emptySyncState(): SyncState {
  return {
    epoch: FIRST_EPOCH,
    settings: {},
    targetDates: {},
    projects: {},
    log: {},
    pages: {},
    checkpoints: {},
    devices: {},
  };
}

/**
 * Joins two replicas: the result does not depend on the order, grouping or repetition of merges.
 * A state with a newer epoch replaces the other wholesale; otherwise registers keep the larger
 * stamp, the log and pages keep per id the version with the larger stamp (a tombstone wins a
 * tie), and log ids a checkpoint has folded leave the log.
 */
export function mergeSyncStates(a: SyncState, b: SyncState): SyncState {
  if (a === b) return a;
  const epochOrder = compareRegisters(a.epoch, b.epoch);
  if (epochOrder !== 0) return epochOrder > 0 ? a : b;
  const checkpoints = mergeRecords(a.checkpoints, b.checkpoints, laterCheckpoint);
  const merged: SyncState = {
    epoch: a.epoch,
    settings: mergeRecords<Register<unknown>>(a.settings, b.settings, laterRegister),
    targetDates: mergeRecords(a.targetDates, b.targetDates, laterRegister),
    projects: mergeRecords<Record<string, Register<unknown>>>(a.projects, b.projects, (x, y) =>
      mergeRecords(x, y, laterRegister),
    ) as SyncState['projects'],
    log: withoutFolded(mergeRecords(a.log, b.log, laterVersion), checkpoints),
    pages: mergeRecords(a.pages, b.pages, laterVersion),
    checkpoints,
    devices: mergeRecords(a.devices, b.devices, (x, y) =>
      x.seen !== y.seen ? (x.seen > y.seen ? x : y) : x.at >= y.at ? x : y,
    ),
  };
  const objectiveOrder = laterOptional(a.objectiveOrder, b.objectiveOrder);
  if (objectiveOrder) merged.objectiveOrder = objectiveOrder;
  const outline = laterOptional(a.outline, b.outline);
  if (outline) merged.outline = outline;
  return merged;
}

/** The largest stamp anywhere in the state; none for a state nothing was written to. */
export function newestStamp(state: SyncState): Stamp | undefined {
  let newest: Stamp | undefined;
  const see = (stamp: Stamp) => {
    if (newest === undefined || stamp > newest) newest = stamp;
  };
  if (state.epoch.stamp !== FIRST_EPOCH.stamp) see(state.epoch.stamp);
  for (const register of Object.values(state.settings)) see(register.stamp);
  if (state.objectiveOrder) see(state.objectiveOrder.stamp);
  if (state.outline) see(state.outline.stamp);
  for (const register of Object.values(state.targetDates)) see(register.stamp);
  for (const fields of Object.values(state.projects)) {
    for (const register of Object.values(fields)) see(register.stamp);
  }
  for (const version of Object.values(state.log)) see(version.stamp);
  for (const version of Object.values(state.pages)) see(version.stamp);
  for (const checkpoint of Object.values(state.checkpoints)) see(checkpoint.upTo);
  for (const device of Object.values(state.devices)) see(device.seen);
  return newest;
}

/** Orders two registers by stamp, then (only for crafted input) by value, so merge never depends on argument order. */
export function compareRegisters<T>(a: Register<T>, b: Register<T>): number {
  if (a.stamp !== b.stamp) return a.stamp > b.stamp ? 1 : -1;
  return sameJson(a.value, b.value) ? 0 : compareText(stableJson(a.value), stableJson(b.value));
}

export function laterRegister<T>(a: Register<T>, b: Register<T>): Register<T> {
  return compareRegisters(a, b) >= 0 ? a : b;
}

function laterOptional<T>(a: Register<T> | undefined, b: Register<T> | undefined) {
  if (!a || !b) return a ?? b;
  return laterRegister(a, b);
}

/** Two versions of one log entry or page: the larger stamp wins, a tombstone wins a tie. */
export function laterVersion<T extends { stamp: Stamp }>(
  a: T | Tombstone,
  b: T | Tombstone,
): T | Tombstone {
  if (a.stamp !== b.stamp) return a.stamp > b.stamp ? a : b;
  const aGone = 'deleted' in a;
  const bGone = 'deleted' in b;
  if (aGone !== bGone) return aGone ? a : b;
  return sameJson(a, b) || compareText(stableJson(a), stableJson(b)) >= 0 ? a : b;
}

export function laterCheckpoint(a: Checkpoint, b: Checkpoint): Checkpoint {
  if (a.upTo !== b.upTo) return a.upTo > b.upTo ? a : b;
  return sameJson(a, b) || compareText(stableJson(a), stableJson(b)) >= 0 ? a : b;
}

/** Drops log versions a checkpoint of their project already holds. */
export function withoutFolded(
  log: Record<string, LogEntry | Tombstone>,
  checkpoints: Record<string, Checkpoint>,
): Record<string, LogEntry | Tombstone> {
  if (Object.keys(checkpoints).length === 0) return log;
  const kept: Record<string, LogEntry | Tombstone> = {};
  for (const [id, version] of Object.entries(log)) {
    const checkpoint = checkpoints[projectKeyOfLogId(id)];
    if (!checkpoint || version.stamp > checkpoint.upTo) kept[id] = version;
  }
  return kept;
}

/** A record holding every key of both, with `pick` deciding the keys they share. */
function mergeRecords<V>(
  a: Record<string, V>,
  b: Record<string, V>,
  pick: (x: V, y: V) => V,
): Record<string, V> {
  if (a === b) return a;
  const merged: Record<string, V> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = merged[key];
    merged[key] = mine === undefined ? value : pick(mine, value);
  }
  return merged;
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a > b ? 1 : -1;
}
