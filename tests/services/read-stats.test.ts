import { beforeEach, describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { dayToEpoch, dayToIndex, epochToDay, indexToDay } from '../../lib/domain/schedule';
import type { Review } from '../../lib/domain/types';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { FORECAST_DAYS, readStats } from '../../lib/services/read-stats';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';
import { buildReview } from '../support/build-entities';

const TODAY = epochToDay(NOW);
const daysAgo = (n: number) => indexToDay(dayToIndex(TODAY) - n);

let db: WaymarkDatabase;
let projectOf: (title: string) => string;

function review(id: string, projectId: string, day: string, minutes: number): Review {
  return buildReview({ id, projectId, at: dayToEpoch(day, 10), minutes });
}

beforeEach(async () => {
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  const projects = await db.projects.toArray();
  projectOf = (title) => projects.find((p) => p.title === title)!.id;
});

describe('readStats', () => {
  it('totals the seeded reviews per day, per objective and over the year', async () => {
    await db.reviews.bulkAdd([
      review('a', projectOf('Build Git'), TODAY, 30),
      review('b', projectOf('Lox Interpreter'), TODAY, 15),
      review('c', projectOf('Kubernetes'), daysAgo(1), 40),
      review('d', projectOf('Kubernetes'), daysAgo(100), 20),
      review('e', projectOf('Build Git'), daysAgo(400), 500), // before the heatmap
    ]);
    const stats = await readStats(db, NOW);

    expect(stats.today).toBe(TODAY);
    expect(stats.heatmapMinutes).toBe(105);
    const cells = new Map(
      stats.heatmap.flatMap((w) => w.days).flatMap((c) => (c ? [[c.day, c.minutes]] : [])),
    );
    expect(cells.get(TODAY)).toBe(45);
    expect(cells.get(daysAgo(1))).toBe(40);
    expect(cells.get(daysAgo(100))).toBe(20);

    const perObjective = Object.fromEntries(
      stats.minutesPerObjective.objectives.map((o) => [o.title, o.minutes]),
    );
    expect(perObjective).toMatchObject({
      'To get into a distributed systems role': 45,
      'ML Infra / AI Infra': 60,
    });
    expect(stats.minutesPerObjective.unassignedMinutes).toBe(0);
    expect(stats.streaks).toEqual({ current: 2, longest: 2 });
  });

  it('follows a streak back past the heatmap, from the review times alone', async () => {
    const buildGit = projectOf('Build Git');
    await db.reviews.bulkAdd(
      Array.from({ length: 400 }, (_, i) => review(`r${i}`, buildGit, daysAgo(i + 1), 10)),
    );
    const stats = await readStats(db, NOW);
    expect(stats.streaks).toEqual({ current: 400, longest: 400 });
    // The heatmap still holds only its own 53 weeks.
    const shownDays = stats.heatmap.flatMap((w) => w.days).filter((c) => c && c.minutes > 0);
    expect(stats.heatmapMinutes).toBe(shownDays.length * 10);
    expect(shownDays.length).toBeLessThan(371);
  });

  it('forecasts the next 30 days within budget and rolls freshness up per objective', async () => {
    const stats = await readStats(db, NOW);
    expect(stats.forecast).toHaveLength(FORECAST_DAYS);
    expect(stats.forecast[0]!.date).toBe(TODAY);
    expect(stats.forecast.every((d) => d.budget === 60 && d.minutes <= d.budget)).toBe(true);
    // The example roadmap's queued projects start building within the month.
    expect(stats.forecast.reduce((sum, d) => sum + d.buildMinutes, 0)).toBeGreaterThan(0);
    expect(stats.freshness.map((f) => f.title)).toContain('To get into a distributed systems role');
    // Projects the note marks done were learned at import, so they are fresh; the rest are not studied.
    const done = (await db.projects.toArray()).filter((p) => p.done).length;
    expect(done).toBeGreaterThan(0);
    expect(stats.freshness.reduce((sum, f) => sum + f.studied, 0)).toBe(done);
    expect(stats.freshness.every((f) => f.studied === 0 || f.freshness > 0.99)).toBe(true);
  });

  it('buckets many reviews a day over a whole year', async () => {
    const ids = (await db.projects.toArray()).map((p) => p.id);
    await db.reviews.bulkAdd(
      Array.from({ length: 3650 }, (_, i) => ({
        ...review(`x${i}`, ids[i % ids.length]!, daysAgo(i % 365), 1),
        at: dayToEpoch(daysAgo(i % 365), 8) + (i % 600) * 60_000,
      })),
    );
    const stats = await readStats(db, NOW);
    expect(stats.heatmapMinutes).toBe(3650);
    const cells = stats.heatmap.flatMap((w) => w.days).filter((c) => c && c.minutes > 0);
    expect(cells).toHaveLength(365);
    expect(cells.every((c) => c!.minutes === 10)).toBe(true);
    expect(stats.streaks.current).toBe(365);
  });
});
