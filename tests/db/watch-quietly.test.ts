import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { watchQuietly } from '../../lib/db/watch-quietly';
import { objective } from '../components/fixtures';
import { createTestDatabase } from '../support/test-database';

let stop = () => {};
// Only the quiet time is faked: the fake IndexedDB schedules its own work with setImmediate.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  stop();
  vi.useRealTimers();
});

async function watchObjectives(db: WaymarkDatabase, delayMs: number) {
  // Created first: creating a database announces every table as changed.
  await db.open();
  const results: number[] = [];
  const errors: unknown[] = [];
  const read = vi.fn(() => db.objectives.count());
  stop = watchQuietly(
    db,
    ['objectives'],
    delayMs,
    read,
    (count) => results.push(count),
    (error) => errors.push(error),
  );
  await vi.waitFor(() => expect(results).toEqual([0]));
  return { results, errors, read };
}

describe('watchQuietly', () => {
  it('reads at once, then once after a burst of writes has settled', async () => {
    const db = createTestDatabase();
    const { results, read } = await watchObjectives(db, 80);
    for (let i = 0; i < 5; i++) {
      await db.objectives.put(objective(`o${i}`, `Objective ${i}`, i));
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(read).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    await vi.waitFor(() => expect(results).toEqual([0, 5]));
    await vi.runAllTimersAsync();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('ignores writes to tables it does not watch', async () => {
    const db = createTestDatabase();
    const { results, read } = await watchObjectives(db, 20);
    await db.snapshots.put({ id: 'today', computedAt: 0, view: null } as never);
    await vi.runAllTimersAsync();
    expect(read).toHaveBeenCalledTimes(1);
    expect(results).toEqual([0]);
  });

  it('reports a failing read and keeps watching', async () => {
    const db = createTestDatabase();
    const { results, errors } = await watchObjectives(db, 20);
    const count = vi.spyOn(db.objectives, 'count').mockRejectedValueOnce(new Error('disk gone'));
    await db.objectives.put(objective('o1', 'One', 0));
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    count.mockRestore();
    await db.objectives.put(objective('o2', 'Two', 1));
    await vi.waitFor(() => expect(results).toEqual([0, 2]));
  });

  it('stops reading once stopped, even with a read pending', async () => {
    const db = createTestDatabase();
    const { results, read } = await watchObjectives(db, 30);
    await db.objectives.put(objective('o1', 'One', 0));
    // Delivers the change, which sets the quiet timer going.
    await vi.advanceTimersByTimeAsync(1);
    stop();
    await vi.runAllTimersAsync();
    expect(read).toHaveBeenCalledTimes(1);
    expect(results).toEqual([0]);
  });

  it('reads first once `after` settles, and a write before then adds no read of its own', async () => {
    const db = createTestDatabase();
    await db.open();
    let open = () => {};
    const after = new Promise<void>((resolve) => (open = resolve));
    const results: number[] = [];
    const read = vi.fn(() => db.objectives.count());
    stop = watchQuietly(
      db,
      ['objectives'],
      20,
      read,
      (count) => results.push(count),
      () => {},
      after,
    );
    await db.objectives.put(objective('o1', 'One', 0));
    await vi.advanceTimersByTimeAsync(1);
    expect(read).not.toHaveBeenCalled();
    open();
    await vi.waitFor(() => expect(results).toEqual([1]));
    await vi.runAllTimersAsync();
    expect(read).toHaveBeenCalledTimes(1);
  });
});
