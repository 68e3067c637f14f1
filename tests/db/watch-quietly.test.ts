import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { watchQuietly } from '../../lib/db/watch-quietly';
import { objective } from '../components/fixtures';
import { createTestDatabase } from '../support/test-database';

let stop = () => {};
afterEach(() => stop());

async function watchObjectives(db: WaymarkDatabase, delayMs: number) {
  // Created first: creating a database announces every table as changed.
  await db.open();
  const results: number[] = [];
  const errors: unknown[] = [];
  stop = watchQuietly(
    db,
    ['objectives'],
    delayMs,
    () => db.objectives.count(),
    (count) => results.push(count),
    (error) => errors.push(error),
  );
  return { results, errors };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchQuietly', () => {
  it('reads at once, then once after a burst of writes has settled', async () => {
    const db = createTestDatabase();
    const { results } = await watchObjectives(db, 80);
    await vi.waitFor(() => expect(results).toEqual([0]));
    for (let i = 0; i < 5; i++) {
      await db.objectives.put(objective(`o${i}`, `Objective ${i}`, i));
      await pause(10);
    }
    expect(results).toEqual([0]);
    await vi.waitFor(() => expect(results).toEqual([0, 5]));
    await pause(150);
    expect(results).toEqual([0, 5]);
  });

  it('ignores writes to tables it does not watch', async () => {
    const db = createTestDatabase();
    const { results } = await watchObjectives(db, 20);
    await vi.waitFor(() => expect(results).toEqual([0]));
    await db.snapshots.put({ id: 'today', computedAt: 0, view: null } as never);
    await pause(100);
    expect(results).toEqual([0]);
  });

  it('reports a failing read and keeps watching', async () => {
    const db = createTestDatabase();
    const { results, errors } = await watchObjectives(db, 20);
    await vi.waitFor(() => expect(results).toEqual([0]));
    const count = vi.spyOn(db.objectives, 'count').mockRejectedValueOnce(new Error('disk gone'));
    await db.objectives.put(objective('o1', 'One', 0));
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    count.mockRestore();
    await db.objectives.put(objective('o2', 'Two', 1));
    await vi.waitFor(() => expect(results).toEqual([0, 2]));
  });

  it('stops reading once stopped, even with a read pending', async () => {
    const db = createTestDatabase();
    const { results } = await watchObjectives(db, 30);
    await vi.waitFor(() => expect(results).toEqual([0]));
    await db.objectives.put(objective('o1', 'One', 0));
    stop();
    await pause(100);
    expect(results).toEqual([0]);
  });
});
