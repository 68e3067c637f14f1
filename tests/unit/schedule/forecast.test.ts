import { describe, expect, it } from 'vitest';
import {
  completeReview,
  dayToEpoch,
  forecastMinutes,
  freshnessByObjective,
  recallProbability,
  simulatePlan,
} from '../../../lib/domain/schedule';
import type { Project } from '../../../lib/domain/types';
import { importExample, objective, project, reviewing, settingsWith } from './schedule-fixtures';

const MONDAY = '2025-01-06';
const settings = settingsWith({ restDays: [0] });
const example = importExample(MONDAY, settings);
const input = { ...example, settings, today: MONDAY };

describe('forecastMinutes', () => {
  it.each([30, 90])('gives %i days, each within budget, empty on rest days', (days) => {
    const forecast = forecastMinutes(input, days);
    expect(forecast).toHaveLength(days);
    for (const day of forecast) {
      expect(day.minutes).toBeLessThanOrEqual(day.budget);
      expect(day.reviewMinutes + day.buildMinutes).toBe(day.minutes);
      if (new Date(`${day.date}T12:00:00`).getDay() === 0) expect(day.minutes).toBe(0);
    }
    // Building fills the days: the example has far more than 90 days of work.
    expect(forecast.every((d) => d.budget === 0 || d.minutes >= d.budget - 15)).toBe(true);
    expect(forecast.reduce((sum, d) => sum + d.reviewMinutes, 0)).toBeGreaterThan(0);
  });

  it('is the Good-rating simulation summed, and does not change the projects', () => {
    const copy = structuredClone(input);
    const forecast = forecastMinutes(input, 30);
    const simulated = simulatePlan({ ...input, days: 30, rating: 'good' });
    expect(forecast.map((d) => [d.date, d.minutes, d.backlogMinutes])).toEqual(
      simulated.days.map((d) => [d.date, d.minutes, d.backlogMinutes]),
    );
    const builds = simulated.days.map((d) =>
      d.sessions.filter((s) => s.kind === 'build').reduce((sum, s) => sum + s.minutes, 0),
    );
    expect(forecast.map((d) => d.buildMinutes)).toEqual(builds);
    expect(input).toStrictEqual(copy);
  });

  it('shows overload as backlog, never as a day over budget', () => {
    const due = Array.from({ length: 12 }, (_, i) => reviewing(`p${i}`, '2025-01-01'));
    const forecast = forecastMinutes(
      { projects: due, objectives: [objective('o1', 0)], settings, today: MONDAY },
      10,
    );
    expect(forecast[0]?.backlogMinutes).toBe(12 * 20 - 60);
    expect(forecast.every((d) => d.minutes <= d.budget)).toBe(true);
  });
});

describe('simulatePlan', () => {
  it('does nothing on missed days, then fills the days again and finishes later', () => {
    const missed = new Set(['2025-01-20', '2025-01-21', '2025-01-22', '2025-01-23', '2025-01-24']);
    const base = simulatePlan({ ...input, days: 40, until: 'end' });
    const run = simulatePlan({ ...input, days: 40, until: 'end', missed });
    expect(run.days.filter((d) => d.date < '2025-01-20')).toEqual(
      base.days.filter((d) => d.date < '2025-01-20'),
    );
    for (const day of run.days) {
      if (missed.has(day.date))
        expect(day).toMatchObject({ minutes: 0, sessions: [], missed: true });
      else expect(day.minutes).toBeLessThanOrEqual(day.budget);
    }
    const after = run.days.filter((d) => d.date > '2025-01-24' && d.budget > 0);
    expect(after.every((d) => d.minutes >= d.budget - 15)).toBe(true);
    expect(run.end > base.end).toBe(true);
  });

  it.each(['again', 'hard', 'good', 'easy'] as const)(
    'rated %s, reviews each done project on its due day or later',
    (rating) => {
      const run = simulatePlan({ ...input, days: 60, rating });
      for (const day of run.days) {
        for (const s of day.sessions) {
          if (s.kind === 'review') expect(s.due !== null && s.due <= day.date).toBe(true);
        }
      }
      const reviews = run.days.flatMap((d) => d.sessions.filter((s) => s.kind === 'review'));
      expect(reviews.length).toBeGreaterThan(0);
    },
  );
});

describe('freshnessByObjective', () => {
  it('averages recall over studied projects, in roadmap order, leaving out retired and archived', () => {
    const now = dayToEpoch('2025-02-01', 9);
    const studiedAt = dayToEpoch('2025-01-10', 9);
    const study = (p: Project) =>
      completeReview(
        p,
        { rating: 'good', minutes: 20, note: '', now: studiedAt, reviewId: p.id },
        settings,
        new Map(),
      ).project;
    const objectives = [
      objective('o1', 0),
      objective('o2', 1),
      objective('o3', 2, { archived: 1 }),
    ];
    const projects = [
      study(project('a', { objectiveId: 'o2' })),
      study(project('b', { objectiveId: 'o2' })),
      project('c', { objectiveId: 'o2' }),
      { ...study(project('d', { objectiveId: 'o2' })), status: 'retired' as const },
      project('e', { objectiveId: 'o1' }),
      study(project('f', { objectiveId: 'o3' })),
    ];
    const result = freshnessByObjective(projects, objectives, now, settings);
    const recall = recallProbability(projects[0]?.card, now, settings);
    expect(result).toEqual([
      { objectiveId: 'o1', freshness: 0, studied: 0, total: 1 },
      { objectiveId: 'o2', freshness: recall, studied: 2, total: 3 },
    ]);
    expect(recall).toBeGreaterThan(0);
    expect(recall).toBeLessThan(1);
  });
});
