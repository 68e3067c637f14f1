import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserSyncArea, syncFailureReason } from '../../lib/browser/sync-area';

beforeEach(() => fakeBrowser.reset());

describe('the storage.sync adapter', () => {
  it.each([
    ['QUOTA_BYTES quota exceeded', 'quota-bytes'],
    ['QUOTA_BYTES_PER_ITEM quota exceeded', 'quota-item'],
    ['MAX_ITEMS quota exceeded', 'quota-items'],
    ['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', 'rate-minute'],
    ['MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE quota exceeded', 'rate-minute'],
    ['MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded', 'rate-hour'],
    ['QuotaExceededError: storage.sync API call exceeded its quota limitations.', 'quota-bytes'],
    ['Please set webextensions.storage.sync.enabled to true in about:config', 'unavailable'],
    ['', 'unavailable'],
  ])('reads "%s" as %s', (message, reason) => {
    expect(syncFailureReason(message)).toBe(reason);
  });

  it('reads, writes and removes items, and reports changes to the sync area only', async () => {
    const area = browserSyncArea();
    const seen: string[][] = [];
    const stop = area.onChanged((changes) => seen.push(Object.keys(changes)));
    expect(await area.set({ a: 1, b: { c: [2] } })).toEqual({ ok: true, value: undefined });
    await browser.storage.local.set({ elsewhere: 1 });
    expect(await area.readAll()).toEqual({ ok: true, value: { a: 1, b: { c: [2] } } });
    expect(await area.remove(['a'])).toEqual({ ok: true, value: undefined });
    expect(await area.readAll()).toEqual({ ok: true, value: { b: { c: [2] } } });
    stop();
    await area.set({ d: 1 });
    expect(seen).toEqual([['a', 'b'], ['a']]);
  });

  it('turns a refusal into its reason instead of throwing', async () => {
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const outcome = await browserSyncArea().set({ a: 'x'.repeat(10) });
    expect(outcome).toEqual({
      ok: false,
      failure: { reason: 'quota-bytes', detail: 'QUOTA_BYTES quota exceeded' },
    });
  });
});
