import { describe, expect, it } from 'vitest';
import { validateSettings } from '../../../lib/domain/settings/validate-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/domain/types';

const week = (minutes: number): Settings['minutesPerWeekday'] => [
  minutes,
  minutes,
  minutes,
  minutes,
  minutes,
  minutes,
  minutes,
];

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({});
  });

  it.each<[string, Partial<Settings>, string]>([
    [
      'blank Tuesday',
      { minutesPerWeekday: [60, 60, Number.NaN, 60, 60, 60, 60] },
      'minutesPerWeekday.2',
    ],
    [
      'negative minutes',
      { minutesPerWeekday: [60, -5, 60, 60, 60, 60, 60] },
      'minutesPerWeekday.1',
    ],
    ['over a day', { minutesPerWeekday: [60, 60, 60, 60, 60, 60, 1441] }, 'minutesPerWeekday.6'],
    ['a week with no time', { minutesPerWeekday: week(0) }, 'minutesPerWeekday'],
    ['only rest days', { restDays: [0, 1, 2, 3, 4, 5, 6] }, 'restDays'],
    ['a weekday that does not exist', { restDays: [7] }, 'restDays'],
    ['session longer than any day', { defaultSessionMinutes: 90 }, 'defaultSessionMinutes'],
    ['zero-minute sessions', { defaultSessionMinutes: 0 }, 'defaultSessionMinutes'],
    ['retention too low', { desiredRetention: 0.69 }, 'desiredRetention'],
    ['retention too high', { desiredRetention: 0.995 }, 'desiredRetention'],
    ['retention not a number', { desiredRetention: Number.NaN }, 'desiredRetention'],
    ['a zero maximum interval', { maximumIntervalDays: 0 }, 'maximumIntervalDays'],
    ['fractional new per week', { newPerWeek: 1.5 }, 'newPerWeek'],
    [
      'a break ending before it starts',
      { breaks: [{ from: '2026-12-10', to: '2026-12-01' }] },
      'breaks.0',
    ],
    ['a break without an end', { breaks: [{ from: '2026-12-10', to: '' }] }, 'breaks.0'],
  ])('rejects %s', (_, change, field) => {
    const errors = validateSettings({ ...DEFAULT_SETTINGS, ...change });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toMatch(/\w/);
  });

  it.each<[string, Partial<Settings>]>([
    ['retention at both ends', { desiredRetention: 0.7 }],
    ['retention 0.99', { desiredRetention: 0.99 }],
    ['a session as long as the longest day', { defaultSessionMinutes: 60 }],
    ['no new projects', { newPerWeek: 0 }],
    ['an objective order naming objectives since removed', { objectiveOrder: ['gone', 'o1'] }],
    ['a one-day break', { breaks: [{ from: '2026-12-10', to: '2026-12-10' }] }],
    [
      'rest days with time left on other days',
      { restDays: [0, 6], minutesPerWeekday: [0, 30, 30, 30, 30, 30, 0] },
    ],
  ])('accepts %s', (_, change) => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, ...change })).toEqual({});
  });
});
