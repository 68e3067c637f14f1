import { beforeEach, describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { readSettings } from '../../lib/db/settings-repository';
import { scheduleNext } from '../../lib/domain/schedule';
import { DEFAULT_SETTINGS, type Project } from '../../lib/domain/types';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { updateSettings } from '../../lib/services/update-settings';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

const DAY = 86_400_000;
let db: WaymarkDatabase;
let studied: Project[];

/**
 * The example roadmap imported 30 days ago (its done projects learned then), and three more
 * projects finished and reviewed twice (Good) under the default settings, the last time 5 days ago.
 */
beforeEach(async () => {
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW - 30 * DAY);
  const queued = (await db.projects.toArray()).filter((p) => p.phase === 'queued').slice(0, 3);
  await db.projects.bulkPut(
    queued.map((project) => {
      const first = scheduleNext(undefined, 'good', NOW - 20 * DAY, DEFAULT_SETTINGS);
      const card = scheduleNext(first, 'good', NOW - 5 * DAY, DEFAULT_SETTINGS);
      return { ...project, done: true, phase: 'reviewing', status: 'active', card };
    }),
  );
  studied = (await db.projects.bulkGet(queued.map((p) => p.id))) as Project[];
});

const dueDates = async () =>
  Object.fromEntries(
    (await db.projects.bulkGet(studied.map((p) => p.id))).map((p) => [p!.id, p!.card!.due]),
  );

describe('updateSettings', () => {
  it('saves a valid patch over the stored settings', async () => {
    const result = await updateSettings(
      db,
      {
        minutesPerWeekday: [0, 90, 90, 90, 90, 90, 45],
        restDays: [0],
        inProgress: 5,
        defaultEffortHours: 2.5,
        reviewMinutes: 15,
      },
      NOW,
    );
    expect(result).toMatchObject({ ok: true, rescheduled: 0 });
    expect(await readSettings(db)).toEqual({
      ...DEFAULT_SETTINGS,
      minutesPerWeekday: [0, 90, 90, 90, 90, 90, 45],
      restDays: [0],
      inProgress: 5,
      defaultEffortHours: 2.5,
      reviewMinutes: 15,
    });
  });

  it('rejects an invalid patch with a message per field and writes nothing', async () => {
    const before = await dueDates();
    const result = await updateSettings(
      db,
      {
        desiredRetention: 0.5,
        maximumIntervalDays: 0,
        breaks: [{ from: '2026-12-10', to: '2026-12-01' }],
      },
      NOW,
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual([
      'breaks.0',
      'desiredRetention',
      'maximumIntervalDays',
    ]);
    expect(await db.settings.count()).toBe(0);
    expect(await dueDates()).toEqual(before);
  });

  it('lower retention reschedules every studied card later, from its last review', async () => {
    const before = await dueDates();
    const cardsBefore = await db.projects.toArray();
    const result = await updateSettings(db, { desiredRetention: 0.8 }, NOW);
    // Every card that moved is counted, the import's learned ones included, and only those.
    const cardsAfter = await db.projects.toArray();
    const moved = cardsAfter.filter((p, i) => p.card?.due !== cardsBefore[i]!.card?.due);
    expect(moved.length).toBeGreaterThanOrEqual(studied.length);
    expect(result).toMatchObject({ ok: true, rescheduled: moved.length });
    const after = await dueDates();
    for (const project of studied) {
      expect(after[project.id]).toBeGreaterThan(before[project.id]!);
    }
    // Projects waiting their turn keep no card.
    const untouched = await db.projects.where('phase').equals('queued').toArray();
    expect(untouched.length).toBeGreaterThan(0);
    expect(untouched.every((p) => p.card === undefined)).toBe(true);
  });

  it('a one-day maximum interval makes every studied card due the day after its last review', async () => {
    await updateSettings(db, { maximumIntervalDays: 1 }, NOW);
    const rows = await db.projects.bulkGet(studied.map((p) => p.id));
    for (const row of rows) {
      expect(row!.card!.scheduledDays).toBe(1);
      expect(row!.card!.due - row!.card!.lastReview!).toBeGreaterThanOrEqual(23 * 3600_000);
      expect(row!.card!.due - row!.card!.lastReview!).toBeLessThanOrEqual(25 * 3600_000);
    }
  });

  it('writes settings and rescheduled cards in one transaction: a failed card write saves nothing', async () => {
    const before = await dueDates();
    db.projects.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(updateSettings(db, { desiredRetention: 0.8 }, NOW)).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
    expect(await dueDates()).toEqual(before);
  });

  it('keeps the objective order the roadmap view set', async () => {
    const order = (await db.objectives.orderBy('id').primaryKeys()) as string[];
    await db.settings.put({ ...(await readSettings(db)), objectiveOrder: order });
    expect(await updateSettings(db, { inProgress: 5 }, NOW)).toMatchObject({ ok: true });
    expect(await readSettings(db)).toMatchObject({ inProgress: 5, objectiveOrder: order });
  });

  it('refuses a review length no day can hold and writes nothing', async () => {
    const result = await updateSettings(db, { reviewMinutes: 61 }, NOW);
    expect(result).toEqual({
      ok: false,
      errors: { reviewMinutes: 'A review of 61 min fits no day: the longest day has 60 min.' },
    });
    expect(await db.settings.count()).toBe(0);
  });
});
