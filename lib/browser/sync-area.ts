import { browser } from 'wxt/browser';
import type {
  SyncAreaPort,
  SyncFailureReason,
  SyncItemChange,
  SyncOutcome,
} from '../domain/sync/sync-area-port';

/**
 * The browser's messages for each refusal (Chrome names the limit it hit; Firefox says only
 * "quota"), most specific first: `QUOTA_BYTES` is also the start of `QUOTA_BYTES_PER_ITEM`.
 */
const REASONS: [string, SyncFailureReason][] = [
  ['QUOTA_BYTES_PER_ITEM', 'quota-item'],
  ['QUOTA_BYTES', 'quota-bytes'],
  ['MAX_ITEMS', 'quota-items'],
  ['MAX_WRITE_OPERATIONS_PER_MINUTE', 'rate-minute'],
  ['MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE', 'rate-minute'],
  ['MAX_WRITE_OPERATIONS_PER_HOUR', 'rate-hour'],
  ['QUOTA', 'quota-bytes'],
];

/** Longest browser message kept for the log. */
const MAX_DETAIL = 300;

/** Which limit a refusal of `storage.sync` names; anything else means sync is unavailable now. */
export function syncFailureReason(message: string): SyncFailureReason {
  const upper = message.slice(0, MAX_DETAIL).toUpperCase();
  return REASONS.find(([words]) => upper.includes(words))?.[1] ?? 'unavailable';
}

async function attempt<T>(work: () => Promise<T>): Promise<SyncOutcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const detail = String(error instanceof Error ? error.message : error).slice(0, MAX_DETAIL);
    return { ok: false, failure: { reason: syncFailureReason(detail), detail } };
  }
}

/**
 * `browser.storage.sync`, carried between the user's browsers by the browser's own account. Call
 * it as the service worker starts: its change listener is registered at once, so a change from
 * another device wakes a stopped worker.
 */
export function browserSyncArea(): SyncAreaPort {
  const sync = () => browser.storage.sync;
  const listeners = new Set<(changes: Record<string, SyncItemChange>) => void>();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') for (const listener of listeners) listener(changes);
  });
  return {
    readAll: () => attempt(() => sync().get(null)),
    set: (items) => attempt(() => sync().set(items)),
    remove: (keys) => attempt(() => sync().remove(keys)),
    bytesInUse: () => attempt(() => sync().getBytesInUse(null)),
    onChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Browsers fire an alarm no sooner than this after it is set. */
const SHORTEST_ALARM_MS = 30_000;
const RETRY_ALARM = 'sync-retry';

/**
 * A retry that survives the worker being stopped: returns the function that sets it for a time;
 * `retry` runs when it fires. Register as the worker starts, like every listener.
 */
export function registerSyncRetryAlarm(retry: () => void): (at: number) => void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) retry();
  });
  return (at) =>
    void browser.alarms.create(RETRY_ALARM, { when: Math.max(at, Date.now() + SHORTEST_ALARM_MS) });
}
