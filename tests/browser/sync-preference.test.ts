import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  readSyncEnabled,
  readSyncStatus,
  setSyncEnabled,
  watchSync,
  watchSyncEnabled,
  writeSyncStatus,
} from '../../lib/browser/sync-preference';
import type { SyncStatus } from '../../lib/domain/sync/sync-status';

const STATUS: SyncStatus = {
  lastSyncAt: 1_780_000_000_000,
  bytes: 41_250,
  items: 12,
  notSyncing: [{ what: 'pages', count: 3_000, reason: 'They do not fit in the sync quota.' }],
  problem: 'The browser refused the write: quota exceeded.',
};

beforeEach(() => fakeBrowser.reset());

describe('the sync preference', () => {
  it('is off until turned on, and turns off again', async () => {
    expect(await readSyncEnabled()).toBe(false);
    await setSyncEnabled(true);
    expect(await readSyncEnabled()).toBe(true);
    await setSyncEnabled(false);
    expect(await readSyncEnabled()).toBe(false);
  });

  it('is kept in local storage, never in sync storage', async () => {
    await setSyncEnabled(true);
    await writeSyncStatus(STATUS);
    expect(await browser.storage.sync.get(null)).toEqual({});
  });

  it.each([['true'], [1], [{}], [null]])('reads a stored %j as off', async (value) => {
    await browser.storage.local.set({ syncEnabled: value });
    expect(await readSyncEnabled()).toBe(false);
  });
});

describe('the sync status', () => {
  it('is absent until the engine writes one, then reads back as written', async () => {
    expect(await readSyncStatus()).toBeUndefined();
    await writeSyncStatus(STATUS);
    expect(await readSyncStatus()).toEqual(STATUS);
    const first: SyncStatus = { bytes: 0, items: 0, notSyncing: [] };
    await writeSyncStatus(first);
    expect(await readSyncStatus()).toEqual(first);
  });

  it('keeps only the known fields', async () => {
    await browser.storage.local.set({ syncStatus: { ...STATUS, extra: 'x'.repeat(10) } });
    expect(await readSyncStatus()).toEqual(STATUS);
  });

  it.each<[string, unknown]>([
    ['a string', 'synced'],
    ['an array', [STATUS]],
    ['negative bytes', { ...STATUS, bytes: -1 }],
    ['fractional items', { ...STATUS, items: 1.5 }],
    ['a time that is text', { ...STATUS, lastSyncAt: '2026-12-01' }],
    ['an infinite time', { ...STATUS, lastSyncAt: 1e300 }],
    ['a missing list', { bytes: 0, items: 0 }],
    ['an entry that is not an object', { ...STATUS, notSyncing: ['pages'] }],
    ['an entry without a reason', { ...STATUS, notSyncing: [{ what: 'pages', count: 1 }] }],
    [
      'a very long reason',
      { ...STATUS, notSyncing: [{ ...STATUS.notSyncing[0], reason: 'r'.repeat(501) }] },
    ],
    ['too many entries', { ...STATUS, notSyncing: Array(11).fill(STATUS.notSyncing[0]) }],
    ['a problem that is not text', { ...STATUS, problem: { message: 'x' } }],
    ['a very long problem', { ...STATUS, problem: 'p'.repeat(1_001) }],
  ])('treats %s as no status', async (_, value) => {
    await browser.storage.local.set({ syncStatus: value });
    expect(await readSyncStatus()).toBeUndefined();
  });

  it('refuses to write what it would not read back', async () => {
    await expect(writeSyncStatus({ ...STATUS, bytes: Number.NaN })).rejects.toThrow(TypeError);
    expect(await readSyncStatus()).toBeUndefined();
  });
});

describe('watching sync', () => {
  it('calls back for a change of either value in local storage, until stopped', async () => {
    const onChange = vi.fn();
    const stop = watchSync(onChange);
    await setSyncEnabled(true);
    await writeSyncStatus(STATUS);
    await browser.storage.local.set({ other: 1 });
    await browser.storage.sync.set({ syncEnabled: false });
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    await setSyncEnabled(false);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('can call back for the preference alone, not for each status the engine writes', async () => {
    const onChange = vi.fn();
    const stop = watchSyncEnabled(onChange);
    await writeSyncStatus(STATUS);
    await setSyncEnabled(true);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    await setSyncEnabled(false);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
