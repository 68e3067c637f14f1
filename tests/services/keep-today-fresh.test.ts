import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/domain/types';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { keepTodayFresh } from '../../lib/services/keep-today-fresh';
import { emptySyncState } from '../../lib/domain/sync/merge-sync-state';
import { newClock } from '../../lib/domain/sync/hlc';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

let stop = () => {};
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('keepTodayFresh', () => {
  it('stores today again after the user’s data changes, but not after the sync replica is saved', async () => {
    // Only the quiet time is faked: the fake IndexedDB schedules its own work with setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const db = createTestDatabase();
    await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
    const stored = vi.spyOn(db.snapshots, 'put');
    stop = keepTodayFresh(db, () => NOW).stop;
    await vi.waitFor(() => expect(stored).toHaveBeenCalledTimes(1));

    await db.syncReplica.put({
      id: 'replica',
      device: 'device-a',
      clock: newClock('device-a'),
      state: emptySyncState(),
    });
    await vi.runAllTimersAsync();
    await db.settings.put({ ...DEFAULT_SETTINGS, minutesPerWeekday: [95, 95, 95, 95, 95, 95, 95] });
    await vi.runAllTimersAsync();
    // Results are stored in order, so once the budget shows, any store the replica caused is done.
    const budgets = () => stored.mock.calls.map(([row]) => row.view.budget);
    await vi.waitFor(() => expect(budgets().at(-1)).toBe(95));
    expect(budgets()).toEqual([60, 95]);
  });
});
