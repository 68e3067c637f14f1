import { browser } from 'wxt/browser';

import type { SyncStatus } from '../domain/sync/sync-status';

/**
 * Both values are this device's own and live in `storage.local`, which never syncs: turning sync
 * on or off on one device must not turn it on or off anywhere else.
 */
const ENABLED_KEY = 'syncEnabled';
const STATUS_KEY = 'syncStatus';

// Caps well above anything the engine writes, so a crafted value cannot flood Settings.
const MAX_BYTES = 10_000_000;
const MAX_ITEMS = 100_000;
const MAX_NOT_SYNCING = 10;
const MAX_WHAT = 40;
const MAX_REASON = 500;
const MAX_PROBLEM = 1_000;

/** Off until the user turns it on; anything but a stored `true` reads as off. */
export async function readSyncEnabled(): Promise<boolean> {
  const stored = await browser.storage.local.get(ENABLED_KEY);
  return stored[ENABLED_KEY] === true;
}

export async function setSyncEnabled(on: boolean): Promise<void> {
  await browser.storage.local.set({ [ENABLED_KEY]: on });
}

/** The last status the engine wrote, or undefined when there is none or it is not one. */
export async function readSyncStatus(): Promise<SyncStatus | undefined> {
  const stored = await browser.storage.local.get(STATUS_KEY);
  return syncStatusFrom(stored[STATUS_KEY]);
}

/** Only the sync engine writes this. */
export async function writeSyncStatus(status: SyncStatus): Promise<void> {
  const checked = syncStatusFrom(status);
  if (!checked) throw new TypeError('Not a sync status');
  await browser.storage.local.set({ [STATUS_KEY]: checked });
}

/** Calls back whenever the preference or the status changes, in any context; returns the stop. */
export function watchSync(onChange: () => void): () => void {
  return watchLocal([ENABLED_KEY, STATUS_KEY], onChange);
}

/** Calls back whenever the preference changes, but not for each status the engine writes. */
export function watchSyncEnabled(onChange: () => void): () => void {
  return watchLocal([ENABLED_KEY], onChange);
}

function watchLocal(keys: readonly string[], onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A fresh copy holding only the known fields, or undefined if any field breaks its rule. */
function syncStatusFrom(value: unknown): SyncStatus | undefined {
  if (!isRecord(value)) return undefined;
  const { lastSyncAt, bytes, items, notSyncing, problem } = value;
  if (lastSyncAt !== undefined && !isCount(lastSyncAt, Number.MAX_SAFE_INTEGER)) return undefined;
  if (!isCount(bytes, MAX_BYTES) || !isCount(items, MAX_ITEMS)) return undefined;
  if (problem !== undefined && !isText(problem, MAX_PROBLEM)) return undefined;
  if (!Array.isArray(notSyncing) || notSyncing.length > MAX_NOT_SYNCING) return undefined;
  const entries: SyncStatus['notSyncing'] = [];
  for (const entry of notSyncing) {
    if (!isRecord(entry)) return undefined;
    const { what, count, reason } = entry;
    if (!isText(what, MAX_WHAT) || !isText(reason, MAX_REASON)) return undefined;
    if (!isCount(count, MAX_ITEMS * 1_000)) return undefined;
    entries.push({ what, count, reason });
  }
  return {
    ...(lastSyncAt === undefined ? {} : { lastSyncAt }),
    bytes,
    items,
    notSyncing: entries,
    ...(problem === undefined ? {} : { problem }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}
