import { addDays, differenceInCalendarDays, format, getDay, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayToEpoch,
  dayToIndex,
  epochToDay,
  indexToDay,
  isDayString,
} from '../../../lib/domain/schedule';
import { mondayOfIndex, weekdayOfIndex } from '../../../lib/domain/schedule/day-index';

const dayArb = fc
  .integer({ min: 0, max: 365 * 80 })
  .map((n) => indexToDay(dayToIndex('1990-01-01') + n));

describe('day numbers', () => {
  it.each([
    ['2025-01-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['yesterday', false],
  ])('isDayString(%s) is %s', (day, valid) => {
    expect(isDayString(day)).toBe(valid);
  });

  it.each([
    ['2025-03-30', '2025-03-31'], // EU spring forward
    ['2025-10-26', '2025-10-27'], // EU fall back
    ['2025-03-09', '2025-03-10'], // US spring forward
    ['2024-12-31', '2025-01-01'],
  ])('the day after %s is %s', (day, next) => {
    expect(indexToDay(dayToIndex(day) + 1)).toBe(next);
  });

  it('rejects a bad day string', () => {
    expect(() => dayToIndex('2025-02-30')).toThrow(/YYYY-MM-DD/);
  });

  it('agrees with date-fns on calendar arithmetic, weekdays and Monday weeks', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        expect(dayToIndex(b) - dayToIndex(a)).toBe(
          differenceInCalendarDays(parseISO(b), parseISO(a)),
        );
        expect(indexToDay(dayToIndex(a) + 1)).toBe(format(addDays(parseISO(a), 1), 'yyyy-MM-dd'));
        expect(weekdayOfIndex(dayToIndex(a))).toBe(getDay(parseISO(a)));
        const monday = mondayOfIndex(dayToIndex(a));
        expect(weekdayOfIndex(monday)).toBe(1);
        expect(dayToIndex(a) - monday).toBeGreaterThanOrEqual(0);
        expect(dayToIndex(a) - monday).toBeLessThan(7);
      }),
    );
  });

  it('maps a local time on a day back to that day', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 23 }), (day, hour) => {
        expect(epochToDay(dayToEpoch(day, hour))).toBe(day);
      }),
    );
  });
});
