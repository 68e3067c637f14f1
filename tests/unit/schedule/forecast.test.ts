import { describe, expect, it } from 'vitest';
import {
  completeSession,
  dayToEpoch,
  forecastMinutes,
  freshnessByObjective,
  recallProbability,
  simulatePlan,
} from '../../../lib/domain/schedule';
import {
  DEFAULT_SETTINGS,
  type Objective,
  type Project,
  type Settings,
} from '../../../lib/domain/types';

const objectives: Objective[] = [
  { id: 'o1', roadmapId: 'r', title: 'One', order: 0, archived: 0 },
  { id: 'o2', roadmapId: 'r', title: 'Two', order: 1, archived: 0 },
  { id: 'o3', roadmapId: 'r', title: 'Gone', order: 2, archived: 1 },
];

function project(
  id: string,
  objectiveId: string,
  order: number,
  extra: Partial<Project> = {},
): Project {
  return {
    id,
    objectiveId,
    roadmapId: 'r',
    key: id,
    title: id,
    order,
    links: [],
    children: [],
    done: false,
    status: 'new',
    archived: 0,
    ...extra,
  };
}

const roadmap = Array.from({ length: 12 }, (_, i) => project(`p${i}`, i < 6 ? 'o1' : 'o2', i));
const settings: Settings = { ...DEFAULT_SETTINGS, newPerWeek: 4, restDays: [0] };

describe('forecastMinutes', () => {
  it.each([30, 90])('gives %i days, each within budget, empty on rest days', (days) => {
    const forecast = forecastMinutes(
      { projects: roadmap, objectives, settings, today: '2025-01-06' },
      days,
    );
    expect(forecast).toHaveLength(days);
    for (const day of forecast) {
      expect(day.minutes).toBeLessThanOrEqual(day.budget);
      expect(day.reviewMinutes + day.newMinutes).toBe(day.minutes);
      if (new Date(`${day.date}T12:00:00`).getDay() === 0) expect(day.minutes).toBe(0);
    }
    // 4 new a week from a Monday: 12 started within three weeks, so in both horizons.
    expect(forecast.reduce((sum, d) => sum + d.newMinutes, 0)).toBe(12 * 30);
    expect(forecast.reduce((sum, d) => sum + d.reviewMinutes, 0)).toBeGreaterThan(0);
  });

  it('is the Good-rating simulation and does not change the projects', () => {
    const input = { projects: roadmap, objectives, settings, today: '2025-01-06' };
    const copy = structuredClone(input);
    const forecast = forecastMinutes(input, 30);
    const simulated = simulatePlan({ ...input, days: 30, rating: 'good' });
    expect(forecast.map((d) => d.minutes)).toEqual(simulated.days.map((d) => d.minutes));
    expect(input).toStrictEqual(copy);
  });

  it('shows overload as backlog, never as a day over budget', () => {
    const due = roadmap.map(
      (p) =>
        completeSession(
          p,
          {
            rating: 'again',
            minutes: 30,
            note: '',
            now: dayToEpoch('2025-01-01', 9),
            reviewId: p.id,
          },
          settings,
        ).project,
    );
    const forecast = forecastMinutes(
      { projects: due, objectives, settings, today: '2025-01-06' },
      10,
    );
    expect(forecast[0]?.backlogMinutes).toBe(12 * 30 - 60);
    expect(forecast.every((d) => d.minutes <= d.budget)).toBe(true);
  });
});

describe('simulatePlan', () => {
  it('does nothing on missed days and spreads the backlog afterwards', () => {
    const start = simulatePlan({
      projects: roadmap,
      objectives,
      settings,
      today: '2025-01-06',
      days: 14,
    }).projects;
    const missed = new Set(['2025-01-20', '2025-01-21', '2025-01-22', '2025-01-23', '2025-01-24']);
    const run = simulatePlan({
      projects: start,
      objectives,
      settings,
      today: '2025-01-20',
      days: 14,
      missed,
    });
    for (const day of run.days) {
      expect(day.minutes).toBeLessThanOrEqual(day.budget);
      if (missed.has(day.date))
        expect(day).toMatchObject({ minutes: 0, sessions: [], missed: true });
    }
    const after = run.days.filter((d) => d.date > '2025-01-24' && d.budget > 0).slice(0, 3);
    expect(after.every((d) => d.minutes === d.budget)).toBe(true);
  });
});

describe('freshnessByObjective', () => {
  it('averages recall over studied projects, in roadmap order, leaving out retired and archived', () => {
    const now = dayToEpoch('2025-02-01', 9);
    const studiedAt = dayToEpoch('2025-01-10', 9);
    const study = (p: Project) =>
      completeSession(
        p,
        { rating: 'good', minutes: 30, note: '', now: studiedAt, reviewId: p.id },
        settings,
      ).project;
    const projects = [
      study(project('a', 'o2', 0)),
      study(project('b', 'o2', 1)),
      project('c', 'o2', 2),
      { ...study(project('d', 'o2', 3)), status: 'retired' as const },
      project('e', 'o1', 0),
      study(project('f', 'o3', 0)),
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
