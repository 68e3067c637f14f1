import type { SyncFailureReason } from '../../domain/sync/sync-area-port';

/** Each refusal of sync storage in the user's words: what happened, and what Waymark does next. */
const WORDS: Record<SyncFailureReason, string> = {
  'quota-bytes':
    'Browser sync storage is full, so this device’s latest changes are not syncing yet. They are safe here; Waymark will try again.',
  'quota-item':
    'A part of your data is larger than browser sync accepts, so this device’s latest changes are not syncing yet. They are safe here; Waymark will try again.',
  'quota-items':
    'Browser sync holds as many items as it allows, so this device’s latest changes are not syncing yet. They are safe here; Waymark will try again.',
  'rate-minute':
    'Browser sync asked Waymark to write less often. Your changes are safe here and will sync in a minute or two.',
  'rate-hour':
    'Browser sync asked Waymark to write less often this hour. Your changes are safe here and will sync later.',
  unavailable:
    'Browser sync is not available right now (signed out, sync paused or offline). Your changes are safe here and will sync when it is back.',
};

export function describeSyncFailure(reason: SyncFailureReason): string {
  return WORDS[reason];
}
