import { describe, expect, it } from 'vitest';
import {
  dayToIndex,
  forecastRoadmap,
  indexToDay,
  minutesNeeded,
  targetStatus,
} from '../../../lib/domain/schedule';
import type { Settings } from '../../../lib/domain/types';
import { importExample, settingsWith } from './schedule-fixtures';

const TODAY = '2025-01-06';
const later = (days: number) => indexToDay(dayToIndex(TODAY) + days);

describe('targetStatus', () => {
  it.each([
    ['on the target day', { done: '2025-03-01', pending: true }, '2025-03-01', 0, false],
    ['early', { done: '2025-02-01', pending: true }, '2025-03-01', 0, false],
    ['late across a month end', { done: '2025-03-02', pending: true }, '2025-02-27', 3, false],
    ['late across a DST change', { done: '2025-04-01', pending: true }, '2025-03-25', 7, false],
    ['never reached', { done: null, pending: true }, '2025-03-01', 0, true],
    ['reached before the forecast', { done: null, pending: false }, '2025-03-01', 0, false],
  ])('%s', (_label, forecast, target, lateDays, never) => {
    expect(targetStatus({ objectiveId: 'o', ...forecast }, target)).toEqual({ lateDays, never });
  });
});

describe('minutesNeeded', () => {
  const roadmap = importExample(TODAY);
  const id = (title: string) => roadmap.objectives.find((o) => o.title === title)?.id ?? '';
  const reachedBy = (settings: Settings, minutes: number, objectiveId: string, target: string) => {
    const week = Array.from({ length: 7 }, () => minutes) as Settings['minutesPerWeekday'];
    const forecast = forecastRoadmap({
      ...roadmap,
      settings: { ...settings, minutesPerWeekday: week },
      today: TODAY,
    });
    const done = forecast.objectives.get(objectiveId)?.done ?? null;
    return done !== null && done <= target;
  };

  it.each<[string, string, number, Partial<Settings>]>([
    ['To get into a distributed systems role', 'in 60 days', 60, {}],
    ['ML Infra / AI Infra', 'in 150 days', 150, {}],
    ['ML Distributed Training', 'in 200 days, resting at weekends', 200, { restDays: [0, 6] }],
    ['ML Infra / AI Infra', 'in 150 days, one project at a time', 150, { inProgress: 1 }],
  ])(
    'reaches “%s” %s with the minutes it gives, and not with one less',
    (title, _label, days, changed) => {
      const settings = settingsWith(changed);
      const target = later(days);
      const minutes = minutesNeeded({ ...roadmap, settings, today: TODAY }, id(title), target);
      expect(minutes).not.toBeNull();
      expect(reachedBy(settings, minutes ?? 0, id(title), target)).toBe(true);
      expect(reachedBy(settings, (minutes ?? 0) - 1, id(title), target)).toBe(false);
    },
  );

  it.each([
    ['a target before today', later(-1)],
    ['a target too close for even whole days of study', later(2)],
  ])('is null for %s', (_label, target) => {
    const input = { ...roadmap, settings: settingsWith(), today: TODAY };
    expect(minutesNeeded(input, id('ML Distributed Training'), target)).toBeNull();
  });
});
