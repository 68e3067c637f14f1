import { describe, expect, it } from 'vitest';
import { forecastMinutes, planAgenda, planDays } from '../../../lib/domain/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/domain/types';
import { buildExampleRows } from '../tabs/example-roadmap-rows';

const { objectives, projects } = buildExampleRows();
const MONDAY = '2026-11-30';

describe('planAgenda', () => {
  it.each<[string, Partial<Settings>]>([
    ['the default settings', {}],
    ['rest Sundays, 3 new a week', { restDays: [0], newPerWeek: 3 }],
    [
      '90 minutes a day, 45-minute sessions',
      { minutesPerWeekday: [90, 90, 90, 90, 90, 90, 90], defaultSessionMinutes: 45 },
    ],
    ['a week of holidays', { breaks: [{ from: '2026-12-03', to: '2026-12-09' }] }],
  ])('with %s, agrees with the Stats forecast on every day', (_, changed) => {
    const settings = { ...DEFAULT_SETTINGS, ...changed };
    const input = { projects, objectives, settings, today: MONDAY };
    const agenda = planAgenda(input, 14);
    const forecast = forecastMinutes(input, 14);
    expect(agenda.map((d) => [d.date, d.budget, d.minutes, d.backlogMinutes])).toEqual(
      forecast.map((d) => [d.date, d.budget, d.minutes, d.backlogMinutes]),
    );
    for (const day of agenda) {
      expect(day.sessions.reduce((sum, s) => sum + s.minutes, 0)).toBe(day.minutes);
      expect(day.minutes).toBeLessThanOrEqual(day.budget);
    }
  });

  it('marks a project’s later visits as expected returns, never its first', () => {
    const input = { projects, objectives, settings: DEFAULT_SETTINGS, today: MONDAY };
    const agenda = planAgenda(input, 14);
    const visits = new Map<string, boolean[]>();
    for (const day of agenda)
      for (const s of day.sessions)
        visits.set(s.projectId, [...(visits.get(s.projectId) ?? []), s.expected]);
    expect(visits.size).toBeGreaterThan(0);
    for (const flags of visits.values()) expect(flags).toEqual(flags.map((_, i) => i > 0));
    // Over two weeks something studied early comes back: the agenda shows the return.
    expect([...visits.values()].some((flags) => flags.length > 1)).toBe(true);
    const returns = agenda.flatMap((d) => d.sessions.filter((s) => s.expected));
    expect(returns.every((s) => s.kind === 'review')).toBe(true);
  });

  it('starts with today exactly as the Today view plans it', () => {
    const input = { projects, objectives, settings: DEFAULT_SETTINGS, today: MONDAY };
    const [today] = planAgenda(input, 14);
    const [planned] = planDays({ ...input, days: 14 }).days;
    expect(today!.sessions.map(({ expected, ...s }) => [expected, s])).toEqual(
      planned!.sessions.map((s) => [false, s]),
    );
  });

  it('leaves the projects it plays forward untouched', () => {
    const input = { projects, objectives, settings: DEFAULT_SETTINGS, today: MONDAY };
    const copy = structuredClone(input);
    planAgenda(input, 14);
    expect(input).toStrictEqual(copy);
  });
});
