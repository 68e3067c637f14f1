import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayCopy } from '../../lib/db/local-copy';
import type { TodayView } from '../../lib/domain/today/today-view';
import { keepTodayCopy } from '../../lib/ui/keep-today-copy';
import { createTestDatabase } from '../support/test-database';

afterEach(() => localStorage.clear());

const view = (day: string) => ({ day, hasRoadmap: true }) as unknown as TodayView;

describe('keepTodayCopy', () => {
  it('mirrors each version of the snapshot row into localStorage', async () => {
    const db = createTestDatabase();
    keepTodayCopy(db);
    for (const day of ['2026-11-28', '2026-11-29']) {
      await db.snapshots.put({ id: 'today', day, builtAt: 0, view: view(day) });
      await vi.waitFor(() => expect(todayCopy.read()).toEqual(view(day)));
    }
  });
});
