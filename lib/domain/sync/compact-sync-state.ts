import { formatStamp, isStamp, LOWEST_WALL } from './hlc';
import { emptySyncState, mergeSyncStates } from './merge-sync-state';
import { foldCheckpoints } from './replay-project';
import type { Stamp, SyncState } from './sync-state';

/** Log entries older than this fold even if a device has not been heard from since. */
export const COMPACT_AFTER_DAYS = 180;
/**
 * Nothing younger folds, even when every known device has it: an undo of a session, or a device
 * that has not reported in yet, has this long to arrive before the session is set in a checkpoint.
 */
export const COMPACT_MIN_AGE_DAYS = 14;
const DAY = 86_400_000;

/**
 * Folds log entries every known device already has (stamped at or before the smallest `seen`
 * stamp), and entries older than COMPACT_AFTER_DAYS, into per-project checkpoints; merge then
 * drops the folded entries from the log everywhere.
 */
export function compactSyncState(state: SyncState, now: number): SyncState {
  const cutoff = compactionCutoff(state, now);
  if (cutoff === undefined) return state;
  const checkpoints = foldCheckpoints(state, cutoff);
  if (Object.keys(checkpoints).length === 0) return state;
  return mergeSyncStates(state, { ...emptySyncState(), epoch: state.epoch, checkpoints });
}

/** The largest stamp whose entries may fold, if any may. */
export function compactionCutoff(state: SyncState, now: number): Stamp | undefined {
  const seen = Object.values(state.devices)
    .map((device) => device.seen)
    .filter(isStamp);
  const everyDevice = seen.length > 0 ? seen.reduce((a, b) => (b < a ? b : a)) : undefined;
  const old = stampBefore(now - COMPACT_AFTER_DAYS * DAY);
  const recent = stampBefore(now - COMPACT_MIN_AGE_DAYS * DAY);
  const cutoff =
    everyDevice === undefined || (old !== undefined && old > everyDevice) ? old : everyDevice;
  if (cutoff === undefined || recent === undefined) return undefined;
  return cutoff < recent ? cutoff : recent;
}

/** A bound below every stamp written at `wall` or later (no device id is empty). */
function stampBefore(wall: number): Stamp | undefined {
  return Number.isFinite(wall) && wall > LOWEST_WALL
    ? formatStamp(Math.floor(wall), 0, '')
    : undefined;
}
