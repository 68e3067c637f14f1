import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStudiedDays } from '../../lib/db/studied-days';
import { dayToEpoch, epochToDay } from '../../lib/domain/schedule/day-index';
import type { Review } from '../../lib/domain/types';
import { createTestDatabase } from '../support/test-database';
import { buildReview } from '../support/build-entities';

const review = (id: string, at: number): Review => buildReview({ id, at });

async function studiedDaysOf(instants: number[]) {
  const db = createTestDatabase();
  await db.reviews.bulkPut(instants.map((at, i) => review(`v${i}`, at)));
  return readStudiedDays(db);
}

describe('readStudiedDays', () => {
  it('lists each local day with a review once, oldest first, whatever order they were written', async () => {
    const at = (day: string, hour: number) => dayToEpoch(day, hour);
    expect(
      await studiedDaysOf([
        at('2026-03-14', 9),
        at('2026-03-12', 22),
        at('2026-03-12', 0),
        at('2026-03-12', 1),
        at('2025-12-31', 23),
        at('2026-01-01', 0),
      ]),
    ).toEqual(['2025-12-31', '2026-01-01', '2026-03-12', '2026-03-14']);
  });

  it('is empty with no reviews', async () => {
    expect(await studiedDaysOf([])).toEqual([]);
  });

  it('agrees with reading every review, for any set of instants', async () => {
    const start = Date.UTC(2024, 0, 1);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: start, max: start + 800 * 86_400_000 }), { maxLength: 80 }),
        async (instants) => {
          const expected = [...new Set([...instants].sort((a, b) => a - b).map(epochToDay))];
          expect(await studiedDaysOf(instants)).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
