import { describe, expect, it } from 'vitest';
import {
  forecastMinutes,
  planAgenda,
  planDays,
  type AgendaDay,
} from '../../../lib/domain/schedule';
import type { Settings } from '../../../lib/domain/types';
import { importExample, settingsWith } from './schedule-fixtures';

const MONDAY = '2026-11-30';
const { objectives, projects } = importExample(MONDAY);
const input = { projects, objectives, settings: settingsWith(), today: MONDAY };

/** A day's sessions as `kind:projectId`, to compare days without the agenda's own fields. */
const keys = (day: AgendaDay | undefined) => day?.sessions.map((s) => `${s.kind}:${s.projectId}`);

describe('planAgenda', () => {
  it.each<[string, Partial<Settings>]>([
    ['the default settings', {}],
    ['rest Sundays, one project at a time', { restDays: [0], inProgress: 1 }],
    [
      '90 minutes a day, 45-minute sessions',
      { minutesPerWeekday: [90, 90, 90, 90, 90, 90, 90], defaultSessionMinutes: 45 },
    ],
    ['a week of holidays', { breaks: [{ from: '2026-12-03', to: '2026-12-09' }] }],
  ])('with %s, agrees with the Stats forecast on every day', (_, changed) => {
    const settings = settingsWith(changed);
    const agenda = planAgenda({ ...input, settings }, 28);
    const forecast = forecastMinutes({ ...input, settings }, 28);
    expect(agenda).toHaveLength(28);
    expect(agenda.map((d) => [d.date, d.budget, d.minutes, d.backlogMinutes])).toEqual(
      forecast.map((d) => [d.date, d.budget, d.minutes, d.backlogMinutes]),
    );
    for (const day of agenda) {
      expect(day.sessions.reduce((sum, s) => sum + s.minutes, 0)).toBe(day.minutes);
      expect(day.minutes).toBeLessThanOrEqual(day.budget);
    }
  });

  it('shows a project’s build pieces of one day as one session of their summed length', () => {
    const agenda = planAgenda({ ...input, settings: settingsWith({ inProgress: 1 }) }, 1);
    expect(agenda[0]?.sessions.map((s) => [s.kind, s.minutes])).toEqual([['build', 60]]);
    expect(
      planDays({ ...input, settings: settingsWith({ inProgress: 1 }), days: 1 }).days[0]?.sessions,
    ).toHaveLength(2);
  });

  it('marks a project’s later sessions as expected, never its first', () => {
    const agenda = planAgenda(input, 28);
    const visits = new Map<string, boolean[]>();
    for (const day of agenda) {
      for (const s of day.sessions)
        visits.set(s.projectId, [...(visits.get(s.projectId) ?? []), s.expected]);
    }
    for (const flags of visits.values()) expect(flags).toEqual(flags.map((_, i) => i > 0));
    // Over four weeks a build goes on over several days and a project done early comes back.
    expect([...visits.values()].filter((flags) => flags.length > 1).length).toBeGreaterThan(2);
  });

  it('starts with today exactly as the Today view plans it', () => {
    const [today] = planAgenda(input, 14);
    const [planned] = planDays({ ...input, days: 14 }).days;
    expect(keys(today)).toEqual([
      ...new Set(planned?.sessions.map((s) => `${s.kind}:${s.projectId}`)),
    ]);
    expect(today?.minutes).toBe(planned?.minutes);
  });

  it('leaves the projects it plays forward untouched', () => {
    const copy = structuredClone(input);
    planAgenda(input, 14);
    expect(input).toStrictEqual(copy);
  });
});
