/**
 * The browser's sync storage as the sync engine sees it: the adapter over `storage.sync`
 * (lib/browser/sync-area.ts) and the tests' double both have this shape, so the engine never
 * touches the browser itself.
 */

/** Why the browser refused a read or write of sync storage. */
export type SyncFailureReason =
  'quota-bytes' | 'quota-item' | 'quota-items' | 'rate-minute' | 'rate-hour' | 'unavailable';

export interface SyncFailure {
  reason: SyncFailureReason;
  /** The browser's own words, for the log; users see words chosen from `reason`. */
  detail: string;
}

export type SyncOutcome<T> = { ok: true; value: T } | { ok: false; failure: SyncFailure };

/** One item's change as `storage.onChanged` reports it; absent on a side means no item there. */
export interface SyncItemChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface SyncAreaPort {
  /** Every item in the area. */
  readAll(): Promise<SyncOutcome<Record<string, unknown>>>;
  /** Writes many items in one write operation; refused whole when any limit would be broken. */
  set(items: Record<string, unknown>): Promise<SyncOutcome<void>>;
  /** Removes items in one write operation. */
  remove(keys: string[]): Promise<SyncOutcome<void>>;
  bytesInUse(): Promise<SyncOutcome<number>>;
  /** Calls `listener` when items change (another device's write arriving, or this one's). */
  onChanged(listener: (changes: Record<string, SyncItemChange>) => void): () => void;
}
