import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newMemoryCard } from '../../../lib/domain/schedule';
import { ReviewQueue, type ReviewEntry } from '../../../lib/domain/schedule/review-queue';

const card = newMemoryCard(0);

describe('ReviewQueue', () => {
  it('gives back, day by day, everything due and not yet done, oldest first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 80 }),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 10 }), fc.boolean(), fc.integer({ min: 1, max: 30 })),
        ),
        (days, steps) => {
          const queue = new ReviewQueue<number>();
          const waiting = new Set<ReviewEntry<number>>();
          const push = (entry: ReviewEntry<number>) => {
            queue.push(entry);
            waiting.add(entry);
          };
          days.forEach((day, sim) => push({ sim, card, day }));
          let today = 0;
          for (const [advance, doAll, later] of steps) {
            today += advance;
            const due = queue.dueBy(today);
            const expected = [...waiting].filter((e) => e.day <= today);
            expect(new Set(due)).toEqual(new Set(expected));
            expect(due).toHaveLength(expected.length);
            expect(due.map((e) => e.day)).toEqual(due.map((e) => e.day).sort((a, b) => a - b));
            // Done reviews leave the queue and come back later, as the simulation does.
            for (const entry of doAll ? due : due.slice(0, 1)) {
              queue.remove(entry);
              waiting.delete(entry);
              push({ sim: entry.sim, card, day: today + later });
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
