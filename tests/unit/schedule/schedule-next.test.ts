import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayToEpoch,
  fromFsrsCard,
  newMemoryCard,
  previewRatings,
  RATINGS,
  recallProbability,
  scheduleNext,
  toFsrsCard,
} from '../../../lib/domain/schedule';
import type { MemoryCard, Rating } from '../../../lib/domain/types';

const settings = { desiredRetention: 0.9, maximumIntervalDays: 365 };
const NOW = dayToEpoch('2025-01-06', 12);
const DAY = 86_400_000;
const ratingArb = fc.constantFrom<Rating>('again', 'hard', 'good', 'easy');
const settingsArb = fc.record({
  desiredRetention: fc.double({ min: 0.75, max: 0.97, noNaN: true }),
  maximumIntervalDays: fc.integer({ min: 1, max: 1000 }),
});

/** A card after a few random ratings, each on its due day. */
function studiedCard(ratings: Rating[], start = NOW): MemoryCard {
  let card: MemoryCard | undefined;
  let now = start;
  for (const rating of ratings) {
    card = scheduleNext(card, rating, now, settings);
    now = card.due;
  }
  return card ?? newMemoryCard(start);
}

describe('FSRS card conversion', () => {
  it('round-trips a new card and a studied card exactly', () => {
    for (const card of [newMemoryCard(NOW), studiedCard(['good', 'hard', 'again'])]) {
      expect(fromFsrsCard(toFsrsCard(card))).toStrictEqual(card);
    }
  });

  it('newMemoryCard is due now and never studied', () => {
    expect(newMemoryCard(NOW)).toMatchObject({ due: NOW, state: 0, reps: 0, lapses: 0 });
    expect(newMemoryCard(NOW).lastReview).toBeUndefined();
  });
});

describe('scheduleNext', () => {
  it.each(RATINGS.map((rating) => [rating]))(
    'a first %s gives at least one whole day',
    (rating) => {
      const card = scheduleNext(undefined, rating, NOW, settings);
      expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
      expect(card.due).toBe(addDays(NOW, card.scheduledDays).getTime());
      expect(card.lastReview).toBe(NOW);
      expect(card.state).toBe(2);
    },
  );

  it('orders intervals again < hard < good < easy on a new card', () => {
    const days = RATINGS.map(
      (rating) => scheduleNext(undefined, rating, NOW, settings).scheduledDays,
    );
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(new Set(days).size).toBe(4);
  });

  it.each([
    [1, 'easy'],
    [7, 'easy'],
    [30, 'good'],
  ] as const)('never exceeds a maximum interval of %i days (%s)', (maximumIntervalDays, rating) => {
    const limited = { ...settings, maximumIntervalDays };
    let card = scheduleNext(undefined, rating, NOW, limited);
    for (let i = 0; i < 6; i++) card = scheduleNext(card, rating, card.due, limited);
    expect(card.scheduledDays).toBeLessThanOrEqual(maximumIntervalDays);
  });

  it('keeps the local time of day across a DST change', () => {
    // 2025-03-30 is a spring-forward day in Europe; whatever the zone, the calendar day holds.
    const before = dayToEpoch('2025-03-25', 23);
    const card = scheduleNext(undefined, 'easy', before, settings);
    expect(new Date(card.due).getHours()).toBe(23);
  });

  it('reviews a card whose last review is later than the clock (synced from a clock ahead) at that last review', () => {
    const ahead = scheduleNext(undefined, 'good', NOW + 30 * DAY, settings);
    for (const rating of RATINGS) {
      const card = scheduleNext(ahead, rating, NOW, settings);
      expect(card).toStrictEqual(scheduleNext(ahead, rating, NOW + 30 * DAY, settings));
      expect(card.lastReview).toBe(NOW + 30 * DAY);
    }
    expect(previewRatings(ahead, NOW, settings).good).toStrictEqual(
      scheduleNext(ahead, 'good', NOW, settings),
    );
  });

  it('does not mutate the card it is given', () => {
    const card = studiedCard(['good']);
    const copy = structuredClone(card);
    scheduleNext(card, 'again', card.due, settings);
    expect(card).toStrictEqual(copy);
  });

  it('grows intervals under repeated Good ratings on time (property)', () => {
    fc.assert(
      fc.property(fc.array(ratingArb, { maxLength: 4 }), settingsArb, (warmup, s) => {
        let card: MemoryCard | undefined;
        let now = NOW;
        for (const rating of warmup) {
          card = scheduleNext(card, rating, now, s);
          now = card.due;
        }
        let previous = 0;
        let stability = 0;
        let firstInterval = 0;
        // At high retention whole-day intervals move slowly (9 days of stability is still a
        // 3-day interval at 96%): enough sessions for stability to pass a day boundary.
        for (let i = 0; i < 20; i++) {
          card = scheduleNext(card, 'good', now, s);
          // Stability always grows on a success; the whole-day interval follows it, never shrinks.
          expect(card.stability).toBeGreaterThan(stability);
          if (i > 0) expect(card.scheduledDays).toBeGreaterThanOrEqual(previous);
          else firstInterval = card.scheduledDays;
          expect(card.scheduledDays).toBeLessThanOrEqual(s.maximumIntervalDays);
          previous = card.scheduledDays;
          stability = card.stability;
          now = card.due;
        }
        if (firstInterval < s.maximumIntervalDays) expect(previous).toBeGreaterThan(firstInterval);
      }),
    );
  });
});

describe('previewRatings', () => {
  it('shows exactly what each rating would do', () => {
    const card = studiedCard(['good', 'good']);
    const at = card.due + 2 * DAY;
    const preview = previewRatings(card, at, settings);
    for (const rating of RATINGS) {
      expect(preview[rating]).toStrictEqual(scheduleNext(card, rating, at, settings));
    }
  });
});

describe('recallProbability', () => {
  it.each([
    ['never studied', undefined, 0],
    ['a new card', newMemoryCard(NOW), 0],
  ])('is 0 for %s', (_label, card, expected) => {
    expect(recallProbability(card, NOW, settings)).toBe(expected);
  });

  it('is 1 right after a review and about the desired retention at the due date', () => {
    const card = studiedCard(['good', 'good', 'good']);
    expect(recallProbability(card, card.lastReview ?? 0, settings)).toBe(1);
    expect(recallProbability(card, card.due, settings)).toBeGreaterThan(0.85);
    expect(recallProbability(card, card.due, settings)).toBeLessThan(0.95);
  });

  it('stays in 0..1 and falls as time passes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(ratingArb, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        (ratings, a, extra) => {
          const card = studiedCard(ratings);
          const base = card.lastReview ?? NOW;
          const early = recallProbability(card, base + a * DAY, settings);
          const late = recallProbability(card, base + (a + extra) * DAY, settings);
          expect(early).toBeGreaterThanOrEqual(late);
          expect(late).toBeGreaterThanOrEqual(0);
          expect(early).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
