import { describe, expect, it } from 'vitest';
import {
  IN_PROGRESS_MAX,
  RETENTION_MAX,
  RETENTION_MIN,
  validateSettings,
} from '../../../lib/domain/settings/validate-settings';
import { SHORTEST_PROJECT_SESSION_MINUTES } from '../../../lib/domain/schedule/effort';
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
    [
      'a session shorter than a project may ask for',
      { defaultSessionMinutes: SHORTEST_PROJECT_SESSION_MINUTES - 1 },
      'defaultSessionMinutes',
    ],
    [
      'a review shorter than a project may ask for',
      { reviewMinutes: SHORTEST_PROJECT_SESSION_MINUTES - 1 },
      'reviewMinutes',
    ],
    ['retention too low', { desiredRetention: RETENTION_MIN - 0.01 }, 'desiredRetention'],
    ['retention too high', { desiredRetention: RETENTION_MAX + 0.005 }, 'desiredRetention'],
    ['retention not a number', { desiredRetention: Number.NaN }, 'desiredRetention'],
    ['a zero maximum interval', { maximumIntervalDays: 0 }, 'maximumIntervalDays'],
    ['no project in progress', { inProgress: 0 }, 'inProgress'],
    ['a fractional number in progress', { inProgress: 1.5 }, 'inProgress'],
    ['more in progress than allowed', { inProgress: IN_PROGRESS_MAX + 1 }, 'inProgress'],
    ['no default effort', { defaultEffortHours: 0 }, 'defaultEffortHours'],
    ['a negative default effort', { defaultEffortHours: -2 }, 'defaultEffortHours'],
    ['a default effort past 10,000 hours', { defaultEffortHours: 10_000.5 }, 'defaultEffortHours'],
    ['a default effort to the minute', { defaultEffortHours: 1.25 }, 'defaultEffortHours'],
    ['a blank default effort', { defaultEffortHours: Number.NaN }, 'defaultEffortHours'],
    ['zero-minute reviews', { reviewMinutes: 0 }, 'reviewMinutes'],
    ['fractional review minutes', { reviewMinutes: 12.5 }, 'reviewMinutes'],
    ['a review longer than any day', { reviewMinutes: 75 }, 'reviewMinutes'],
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
    ['the lowest retention', { desiredRetention: RETENTION_MIN }],
    ['the highest retention', { desiredRetention: RETENTION_MAX }],
    ['a session as long as the longest day', { defaultSessionMinutes: 60 }],
    [
      'the shortest session a project may ask for',
      { defaultSessionMinutes: SHORTEST_PROJECT_SESSION_MINUTES },
    ],
    [
      'the shortest review a project may ask for',
      { reviewMinutes: SHORTEST_PROJECT_SESSION_MINUTES },
    ],
    ['one project at a time', { inProgress: 1 }],
    ['the most at once', { inProgress: IN_PROGRESS_MAX }],
    ['an hour and a half of default effort', { defaultEffortHours: 1.5 }],
    ['a tenth of an hour', { defaultEffortHours: 0.1 }],
    ['10,000 hours', { defaultEffortHours: 10_000 }],
    ['a review as long as the longest day', { reviewMinutes: 60 }],
    ['an objective order naming objectives since removed', { objectiveOrder: ['gone', 'o1'] }],
    ['a one-day break', { breaks: [{ from: '2026-12-10', to: '2026-12-10' }] }],
    [
      'rest days with time left on other days',
      { restDays: [0, 6], minutesPerWeekday: [0, 30, 30, 30, 30, 30, 0] },
    ],
  ])('accepts %s', (_, change) => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, ...change })).toEqual({});
  });

  it('says which lengths fit no day, with the longest day', () => {
    const errors = validateSettings({
      ...DEFAULT_SETTINGS,
      minutesPerWeekday: [0, 40, 40, 45, 40, 40, 0],
      defaultSessionMinutes: 50,
      reviewMinutes: 90,
    });
    expect(errors).toEqual({
      defaultSessionMinutes: 'A session of 50 min fits no day: the longest day has 45 min.',
      reviewMinutes: 'A review of 90 min fits no day: the longest day has 45 min.',
    });
  });

  it('blames a week with no time on the week, not on every length', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, minutesPerWeekday: week(0) })).toEqual({
      minutesPerWeekday: 'Give at least one study day some minutes.',
    });
  });
});
