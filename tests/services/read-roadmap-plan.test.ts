import { beforeEach, describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { epochToDay } from '../../lib/domain/schedule/day-index';
import { forecastRoadmap } from '../../lib/domain/schedule/forecast-roadmap';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { readRoadmapPlan } from '../../lib/services/read-roadmap-plan';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';
import { buildReview } from '../support/build-entities';

let db: WaymarkDatabase;

beforeEach(async () => {
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
});

describe('readRoadmapPlan', () => {
  it('reads live rows in note order and what the forecast plays from', async () => {
    const [first] = await db.projects.toArray();
    await db.projects.update(first!.id, { archived: 1 });
    await db.reviews.add(
      buildReview({
        id: 'today',
        projectId: first!.id,
        at: NOW - 60_000,
        kind: 'build',
        minutes: 40,
        before: { phase: 'building', builtMinutes: 0, childrenDone: [], status: 'active' },
      }),
    );
    const plan = await readRoadmapPlan(db, NOW);
    expect(plan.projects.map((p) => p.id)).not.toContain(first!.id);
    expect(plan.objectives.map((o) => o.order)).toEqual(
      [...plan.objectives.map((o) => o.order)].sort((a, b) => a - b),
    );
    expect(plan.input).toMatchObject({ today: epochToDay(NOW), studiedMinutesToday: 40 });
    expect(plan.input.projects).toBe(plan.projects);
    // Enough to forecast every objective from.
    expect(forecastRoadmap(plan.input).objectives.size).toBe(plan.objectives.length);
  });
});
