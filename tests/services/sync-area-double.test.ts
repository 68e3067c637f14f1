import { describe, expect, it } from 'vitest';
import {
  BROWSER_SYNC_LIMITS,
  createSyncAccount,
  doubleItemBytes,
} from '../support/sync-area-double';

/** The double is the yardstick of every sync test: it must refuse what the browsers refuse. */
describe('the sync storage double', () => {
  const account = (at = { now: 0 }) => ({ at, sync: createSyncAccount(() => at.now) });

  it('counts an item as the UTF-8 bytes of its key and JSON value', () => {
    expect(doubleItemBytes('ab', 'é')).toBe(2 + 4);
  });

  it.each([
    ['an item over 8,192 bytes', { big: 'x'.repeat(8_192) }, 'quota-item'],
    [
      'more than 102,400 bytes in all',
      Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`k${i}`, 'x'.repeat(8_000)])),
      'quota-bytes',
    ],
    [
      'more than 512 items',
      Object.fromEntries(Array.from({ length: 513 }, (_, i) => [`k${i}`, i])),
      'quota-items',
    ],
  ])('refuses %s whole, keeping what was there', async (_, items, reason) => {
    const { sync } = account();
    const device = sync.connect('a');
    await device.set({ kept: 1 });
    const outcome = await device.set({ ...items, kept: 2 });
    expect(outcome).toMatchObject({ ok: false, failure: { reason } });
    expect(device.snapshot()).toEqual({ kept: 1 });
    expect(sync.refusals).toHaveLength(1);
  });

  it.each([
    ['a minute', BROWSER_SYNC_LIMITS.writesPerMinute, 100, 'rate-minute'],
    ['an hour', BROWSER_SYNC_LIMITS.writesPerHour, 1_900, 'rate-hour'],
  ])(
    'refuses writes beyond the limit of %s, on the injected clock',
    async (_, limit, spacing, reason) => {
      const { at, sync } = account();
      const device = sync.connect('a');
      for (let i = 0; i < limit; i++) {
        expect((await device.set({ n: i })).ok).toBe(true);
        at.now += spacing;
      }
      expect(await device.set({ n: 'over' })).toMatchObject({ ok: false, failure: { reason } });
      at.now += 3_600_000;
      expect((await device.set({ n: 'later' })).ok).toBe(true);
    },
  );

  it('delivers a write to every other device, in any order, a stale copy never winning', async () => {
    const { sync } = account();
    const [a, b] = [sync.connect('a'), sync.connect('b')];
    const changes: unknown[] = [];
    b.onChanged((change) => changes.push(change));
    await a.set({ k: 1 });
    await a.set({ k: 2 });
    await a.remove(['k']);
    await a.set({ k: 3 });
    expect(a.snapshot()).toEqual({ k: 3 });
    expect(b.snapshot()).toEqual({});
    expect(sync.pending.map((d) => d.to)).toEqual(['b', 'b', 'b', 'b']);
    sync.deliver(3, true); // the newest, kept in the queue to come again
    sync.deliver(0); // an old one: fires, changes nothing
    expect(b.snapshot()).toEqual({ k: 3 });
    sync.deliverAll();
    expect(b.snapshot()).toEqual({ k: 3 });
    expect(changes[0]).toEqual({ k: { newValue: 3 } });
    expect(changes).toHaveLength(5);
  });

  it('a device signing in later starts with what the account holds; no device hears its own writes', async () => {
    const { sync } = account();
    const a = sync.connect('a');
    const heard: unknown[] = [];
    a.onChanged((change) => heard.push(change));
    await a.set({ k: { deep: [1] } });
    const late = sync.connect('late');
    expect(late.snapshot()).toEqual({ k: { deep: [1] } });
    expect(heard).toEqual([]);
    expect(await late.bytesInUse()).toEqual({
      ok: true,
      value: doubleItemBytes('k', { deep: [1] }),
    });
  });

  it('an unavailable device fails every call without touching the account', async () => {
    const { sync } = account();
    const a = sync.connect('a');
    a.unavailable = true;
    expect(await a.readAll()).toMatchObject({ ok: false, failure: { reason: 'unavailable' } });
    expect(await a.set({ k: 1 })).toMatchObject({ ok: false, failure: { reason: 'unavailable' } });
    expect(sync.serverItems()).toEqual({});
  });
});
