import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  balanceDue,
  balanceWindowDays,
  epochToDayIndex,
  reviewLoad,
  type ReviewLoad,
} from '../../../lib/domain/schedule';
import { project, reviewedCard, reviewing } from './schedule-fixtures';

const card = reviewedCard('2025-03-10', 30); // a 30-day interval: it may slide 3 days
const D = epochToDayIndex(card.due);

describe('balanceWindowDays', () => {
  it.each([
    [1, 1],
    [5, 1],
    [15, 2],
    [30, 3],
    [70, 7],
    [365, 7],
  ])('a %i-day interval may slide %i day(s)', (interval, window) => {
    expect(balanceWindowDays(interval)).toBe(window);
  });
});

describe('balanceDue', () => {
  it.each<[string, [number, number][], number]>([
    ['keeps the FSRS day when nothing else is due', [], 0],
    [
      'moves to the lightest day of the window',
      [
        [D, 3],
        [D + 1, 2],
        [D + 2, 1],
        [D + 3, 2],
      ],
      2,
    ],
    [
      'keeps the FSRS day on a tie',
      [
        [D, 1],
        [D + 1, 1],
        [D + 2, 1],
        [D + 3, 1],
      ],
      0,
    ],
    [
      'takes the earliest of equally light days',
      [
        [D, 2],
        [D + 1, 1],
        [D + 2, 0],
        [D + 3, 0],
      ],
      2,
    ],
    [
      'never slides past its window',
      [
        [D, 2],
        [D + 1, 2],
        [D + 2, 2],
        [D + 3, 2],
        [D + 4, 0],
      ],
      0,
    ],
  ])('%s', (_label, entries, shift) => {
    const load: ReviewLoad = new Map(entries);
    const before = structuredClone(card);
    const moved = balanceDue(card, load);
    expect(moved).toStrictEqual({
      ...card,
      due: addDays(card.due, shift).getTime(),
      scheduledDays: card.scheduledDays + shift,
    });
    expect(load.get(D + shift)).toBe((new Map(entries).get(D + shift) ?? 0) + 1);
    expect(card).toStrictEqual(before);
  });

  it('lands on a day of its window no busier than any other, and counts itself there', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 8, maxLength: 8 }),
        (interval, counts) => {
          const due = reviewedCard('2025-03-10', interval);
          const start = epochToDayIndex(due.due);
          const load: ReviewLoad = new Map(counts.map((count, i) => [start + i, count]));
          const day = epochToDayIndex(balanceDue(due, load).due);
          const window = counts.slice(0, balanceWindowDays(interval) + 1);
          expect(day - start).toBeLessThan(window.length);
          expect(counts[day - start]).toBe(Math.min(...window));
          expect(load.get(day)).toBe((counts[day - start] ?? 0) + 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('reviewLoad', () => {
  it('counts the reviews due per day of the projects being reviewed, and no others', () => {
    const load = reviewLoad([
      reviewing('a', '2025-03-10'),
      reviewing('b', '2025-03-10'),
      reviewing('c', '2025-03-12'),
      reviewing('no card', '2025-03-10', { card: undefined }),
      project('building', { phase: 'building', card: reviewedCard('2025-03-10') }),
    ]);
    expect([...load]).toEqual([
      [D, 2],
      [D + 2, 1],
    ]);
  });
});
