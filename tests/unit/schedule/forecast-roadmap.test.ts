import { describe, expect, it } from 'vitest';
import { forecastRoadmap, simulatePlan } from '../../../lib/domain/schedule';
import { importExample, objective, project, settingsWith } from './schedule-fixtures';

const TODAY = '2025-01-06';
const roadmap = importExample(TODAY);
const input = { ...roadmap, settings: settingsWith(), today: TODAY };
const titled = (title: string) => roadmap.projects.find((p) => p.title === title)?.id ?? '';

describe('forecastRoadmap', () => {
  const forecast = forecastRoadmap(input);

  it('gives every project still to build a start and a finish, and none to those done in the note', () => {
    for (const p of roadmap.projects) {
      const f = forecast.projects.get(p.id);
      if (p.done) expect([p.title, f?.start, f?.done]).toEqual([p.title, null, null]);
      else expect(f?.start && f.done && f.start <= f.done).toBeTruthy();
    }
    expect(forecast.projects.get(titled('Fly Dist Sys Challenges'))?.start).toBe(TODAY);
    expect(forecast.projects.get(titled('Build Git'))?.start).toBe(TODAY);
  });

  it('reaches each objective with its last project, and ends with the last of all', () => {
    const done = (objectiveId: string) =>
      roadmap.projects
        .filter((p) => p.objectiveId === objectiveId && !p.done)
        .map((p) => forecast.projects.get(p.id)?.done ?? '')
        .reduce((a, b) => (a > b ? a : b));
    for (const o of roadmap.objectives) {
      expect(forecast.objectives.get(o.id)).toEqual({
        done: done(o.id),
        pending: true,
        target: null,
      });
    }
    const last = [...forecast.projects.values()]
      .map((f) => f.done ?? '')
      .reduce((a, b) => (a > b ? a : b));
    expect(forecast.end).toBe(last);
  });

  it('is the simulation played to its end', () => {
    const run = simulatePlan({ ...input, days: 0, until: 'end' });
    expect([...forecast.projects.values()]).toEqual(run.projects);
    expect(run.end).toBe(forecast.end);
  });

  it.each([
    ['a week after its forecast', 7, { lateDays: 0, never: false }],
    ['on its forecast day', 0, { lateDays: 0, never: false }],
    ['ten days before its forecast', -10, { lateDays: 10, never: false }],
  ])('sets an objective due %s against its target', (_label, shift, status) => {
    const first = roadmap.objectives[0];
    const done = forecast.objectives.get(first?.id ?? '')?.done ?? '';
    const date = new Date(`${done}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + shift);
    const targetDate = date.toISOString().slice(0, 10);
    const objectives = roadmap.objectives.map((o) => (o === first ? { ...o, targetDate } : o));
    const outlook = forecastRoadmap({ ...input, objectives }).objectives.get(first?.id ?? '');
    expect(outlook?.target).toEqual({ date: targetDate, ...status });
  });

  it('says an objective with a project that fits no day is never reached, nor the roadmap', () => {
    const result = forecastRoadmap({
      projects: [
        project('fits', { objectiveId: 'o1', sessionMinutes: 10, estimateMinutes: 60 }),
        project('too long', { objectiveId: 'o2', order: 1 }),
      ],
      objectives: [objective('o1', 0), objective('o2', 1, { targetDate: '2025-06-01' })],
      settings: settingsWith({ minutesPerWeekday: [10, 10, 10, 10, 10, 10, 10] }),
      today: TODAY,
    });
    expect(result.projects.get('fits')?.done).toBe('2025-01-11');
    expect(result.projects.get('too long')).toEqual({
      projectId: 'too long',
      start: null,
      done: null,
    });
    expect(result.objectives.get('o2')).toEqual({
      done: null,
      pending: true,
      target: { date: '2025-06-01', lateDays: 0, never: true },
    });
    expect(result.end).toBeNull();
  });
});
