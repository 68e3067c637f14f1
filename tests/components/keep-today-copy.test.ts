import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TodayView } from '../../lib/domain/today/today-view';
import { keepTodayCopy } from '../../lib/ui/keep-today-copy';
import type { StoredNode } from '../../lib/ui/stored-nodes';
import { todayCopy } from '../../lib/ui/today-copy';
import { createTestDatabase } from '../support/test-database';

afterEach(() => localStorage.clear());

const view = (day: string) => ({ day, hasRoadmap: true }) as unknown as TodayView;
const screenOf = (v: TodayView): StoredNode[] => [['p', {}, [v.day]]];

describe('keepTodayCopy', () => {
  it('mirrors each version of the snapshot row into localStorage, with its screen', async () => {
    const db = createTestDatabase();
    keepTodayCopy(db, screenOf);
    for (const day of ['2026-11-28', '2026-11-29']) {
      await db.snapshots.put({ id: 'today', day, builtAt: 0, view: view(day) });
      await vi.waitFor(() =>
        expect(todayCopy.read()).toEqual({ view: view(day), screen: screenOf(view(day)) }),
      );
    }
  });

  it('stores no screen while a session runs: its elapsed time would be stale', async () => {
    const db = createTestDatabase();
    keepTodayCopy(db, screenOf);
    const running = { ...view('2026-11-30'), active: { project: 'Build Git' } } as TodayView;
    await db.snapshots.put({ id: 'today', day: running.day, builtAt: 0, view: running });
    await vi.waitFor(() => expect(todayCopy.read()).toEqual({ view: running, screen: null }));
  });
});
