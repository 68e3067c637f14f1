import { describe, expect, it } from 'vitest';
import { dayToEpoch } from '../../../lib/domain/schedule';
import {
  HEATMAP_WEEKS,
  heatLevel,
  heatmapCells,
  heatmapWindow,
  minutesByDay,
} from '../../../lib/domain/stats';

const TODAY = '2026-11-28'; // a Saturday

describe('heatmapWindow', () => {
  it.each([
    ['2026-11-28', '2025-11-24'], // Saturday: back to the Monday 52 weeks before this week's
    ['2026-11-23', '2025-11-24'], // Monday: this week's column holds only today
    ['2026-11-29', '2025-11-24'], // Sunday closes the same week
    ['2024-03-01', '2023-02-27'], // across a leap day
  ])('today %s starts on %s', (today, from) => {
    expect(heatmapWindow(today)).toEqual({ from, to: today });
  });
});

describe('heatLevel', () => {
  it.each([
    [0, 0],
    [1, 1],
    [14, 1],
    [15, 2],
    [29, 2],
    [30, 3],
    [59, 3],
    [60, 4],
    [600, 4],
  ])('%i minutes is level %i', (minutes, level) => {
    expect(heatLevel(minutes)).toBe(level);
  });
});

describe('minutesByDay', () => {
  const at = (day: string, hour: number, minute = 0) => dayToEpoch(day, hour) + minute * 60_000;

  it.each([
    ['one review', [{ at: at('2026-03-12', 9), minutes: 45 }], { '2026-03-12': 45 }],
    [
      'first and last minute of a local day stay on that day',
      [
        { at: at('2026-03-12', 0), minutes: 10 },
        { at: at('2026-03-12', 23, 59), minutes: 5 },
        { at: at('2026-03-13', 0), minutes: 7 },
      ],
      { '2026-03-12': 15, '2026-03-13': 7 },
    ],
    [
      'unsorted input is still bucketed right',
      [
        { at: at('2026-03-13', 8), minutes: 1 },
        { at: at('2026-03-12', 8), minutes: 2 },
        { at: at('2026-03-13', 20), minutes: 3 },
      ],
      { '2026-03-12': 2, '2026-03-13': 4 },
    ],
    [
      'broken minutes count as nothing; fractions are rounded per day',
      [
        { at: at('2026-03-12', 9), minutes: Number.NaN },
        { at: at('2026-03-12', 10), minutes: -30 },
        { at: at('2026-03-12', 11), minutes: 10.4 },
        { at: at('2026-03-12', 12), minutes: 10.4 },
      ],
      { '2026-03-12': 21 },
    ],
  ])('%s', (_, reviews, expected) => {
    expect(Object.fromEntries(minutesByDay(reviews))).toEqual(expected);
  });
});

describe('heatmapCells', () => {
  const minutes = new Map([
    ['2025-11-23', 99], // the Sunday before the window: not shown
    ['2025-11-24', 5], // first cell
    ['2026-03-12', 45], // a Thursday
    ['2026-11-28', 60], // today
    ['2026-11-29', 30], // tomorrow: not shown
  ]);
  const weeks = heatmapCells(minutes, TODAY);

  it('is 53 Monday-first weeks ending with this week, with no cells after today', () => {
    expect(weeks).toHaveLength(HEATMAP_WEEKS);
    expect(weeks.every((w) => w.days.length === 7)).toBe(true);
    expect(weeks[0]!.start).toBe('2025-11-24');
    expect(weeks.at(-1)!.start).toBe('2026-11-23');
    expect(weeks.at(-1)!.days.map((d) => d?.day ?? null)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      null,
    ]);
    expect(weeks.flatMap((w) => w.days).filter(Boolean)).toHaveLength(52 * 7 + 6);
  });

  it.each([
    [0, 0, '2025-11-24', 5, 1],
    [15, 3, '2026-03-12', 45, 3],
    [52, 5, '2026-11-28', 60, 4],
    [52, 4, '2026-11-27', 0, 0],
  ])('week %i weekday %i is %s with %i min (level %i)', (week, weekday, day, mins, level) => {
    expect(weeks[week]!.days[weekday]).toEqual({ day, minutes: mins, level });
  });

  it('leaves out days outside the window', () => {
    const shown = weeks.flatMap((w) => w.days).reduce((sum, d) => sum + (d?.minutes ?? 0), 0);
    expect(shown).toBe(5 + 45 + 60);
  });
});
