import { describe, expect, it } from 'vitest';
import { updateSettings } from '../../lib/services/update-settings';
import { SYNC_DEBOUNCE_MS, SYNC_PULL_DELAY_MS } from '../../lib/services/sync/sync-scheduler';
import { keepSyncing } from '../../lib/services/sync/keep-syncing';
import { manualTimers } from '../support/manual-timers';
import { simulatedDevices } from '../support/simulated-devices';
import { createSyncAccount } from '../support/sync-area-double';
import { createTestDatabase, NOW } from '../support/test-database';

describe('keeping in sync', () => {
  it('pulls when turned on, pushes a local change once it settles, pulls what arrives, stops when off', async () => {
    const { time, account, devices, settle } = simulatedDevices(['a', 'b'], NOW);
    const [a, b] = devices as [(typeof devices)[0], (typeof devices)[0]];
    const reads: string[] = [];
    for (const device of devices) {
      const readAll = device.area.readAll.bind(device.area);
      device.area.readAll = () => {
        reads.push(`${device.name} ${time.now() - NOW}`);
        return readAll();
      };
    }
    a.startSync();
    await settle();
    await time.advanceTo(NOW + SYNC_PULL_DELAY_MS, settle);
    expect(reads).toEqual([`a ${SYNC_PULL_DELAY_MS}`]);
    expect(a.status()).toMatchObject({ lastSyncAt: NOW + SYNC_PULL_DELAY_MS });

    b.startSync();
    await settle();
    await time.advanceTo(NOW + 1_000, settle);
    await updateSettings(a.db, { defaultSessionMinutes: 45 }, time.now());
    await settle();
    await time.advanceTo(NOW + 1_000 + SYNC_DEBOUNCE_MS, settle);
    expect(reads.at(-1)).toBe(`a ${1_000 + SYNC_DEBOUNCE_MS}`);
    expect(account.pending.some((d) => d.to === 'b')).toBe(true);

    account.deliverAll();
    await time.advanceTo(time.now() + SYNC_PULL_DELAY_MS, settle);
    expect((await b.db.settings.get('settings'))?.defaultSessionMinutes).toBe(45);

    const before = reads.length;
    a.stopSync();
    await updateSettings(a.db, { defaultSessionMinutes: 60 }, time.now());
    await settle();
    await time.advanceTo(time.now() + 60_000, settle);
    expect(reads.slice(before).filter((r) => r.startsWith('a'))).toEqual([]);
    b.stopSync();
  });

  it('waits for the worker’s startup quiet before its first read', async () => {
    const time = manualTimers(NOW);
    const area = createSyncAccount(time.now).connect('a');
    let reads = 0;
    const readAll = area.readAll.bind(area);
    area.readAll = () => {
      reads += 1;
      return readAll();
    };
    let open = () => {};
    const after = new Promise<void>((resolve) => (open = resolve));
    const sync = keepSyncing({
      db: createTestDatabase(),
      area,
      now: time.now,
      newId: () => 'a-1',
      timers: time.timers,
      status: { read: async () => undefined, write: async () => {} },
      retryAt: () => {},
      onError: () => {},
      after,
    });
    await time.advanceTo(NOW + 60_000, () => sync.idle());
    expect(reads).toBe(0);
    open();
    await after;
    await time.advanceTo(time.now() + SYNC_PULL_DELAY_MS, () => sync.idle());
    expect(reads).toBe(1);
    sync.stop();
  });
});
