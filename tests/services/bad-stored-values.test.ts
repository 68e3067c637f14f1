import { IDBCursor } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { readStudiedDays } from '../../lib/db/studied-days';
import { forecastRoadmap } from '../../lib/domain/schedule/forecast-roadmap';
import { planAgenda } from '../../lib/domain/schedule/plan-agenda';
import type { Project, Review } from '../../lib/domain/types';
import { computePlan } from '../../lib/services/compute-plan';
import { computeToday } from '../../lib/services/compute-today';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { readRoadmapPlan } from '../../lib/services/read-roadmap-plan';
import { readStats } from '../../lib/services/read-stats';
import { readOutcome } from '../support/read-outcome';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';
import { writeRawRows } from '../support/write-raw-rows';
import { buildReview } from '../support/build-entities';

/** What each view reads, the way its container reads it (the Roadmap's forecast runs in a worker). */
const VIEWS = {
  Today: (db: WaymarkDatabase) => computeToday(db, NOW),
  Upcoming: (db: WaymarkDatabase) =>
    computePlan(db, NOW, 0).then(({ input, plan }) => ({ plan, agenda: planAgenda(input, 14) })),
  Roadmap: (db: WaymarkDatabase) =>
    readRoadmapPlan(db, NOW).then((plan) => ({ plan, forecast: forecastRoadmap(plan.input) })),
  Stats: (db: WaymarkDatabase) => readStats(db, NOW),
};

let db: WaymarkDatabase;
let projects: Project[];

beforeEach(async () => {
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  projects = await db.projects.toArray();
});
afterEach(() => vi.restoreAllMocks());

const byPhase = (phase: Project['phase']) => projects.find((p) => p.phase === phase)!;

const reviewAt = (at: unknown) => ({
  ...buildReview({ id: 'stored-by-an-older-version', projectId: byPhase('reviewing').id }),
  at,
});

/** Reads every view, asserting none hangs or fails, and returns what they read. */
async function readEveryView() {
  const read: Record<string, unknown> = {};
  for (const [view, readView] of Object.entries(VIEWS)) {
    const outcome = await readOutcome<unknown>(db, readView(db));
    expect(outcome, `${view} settles with data`).toMatchObject({ settled: 'resolved' });
    if (outcome.settled === 'resolved') read[view] = outcome.value;
  }
  return read;
}

describe('views reading values no version of Waymark should have stored', () => {
  it.each<[string, (db: WaymarkDatabase) => Promise<void>]>([
    ['a review in year 10000', (db) => writeRawRows(db, 'reviews', [reviewAt(Date.UTC(10000, 5))])],
    ['a review at a time past any date', (db) => writeRawRows(db, 'reviews', [reviewAt(1e20)])],
    ['a review at a time that is text', (db) => writeRawRows(db, 'reviews', [reviewAt('x')])],
    [
      'breaks that are text',
      (db) => writeRawRows(db, 'settings', [{ id: 'settings', breaks: 'x' }]),
    ],
    [
      'rest days that are a number',
      (db) => writeRawRows(db, 'settings', [{ id: 'settings', restDays: 5 }]),
    ],
    [
      'a break without valid dates',
      (db) => writeRawRows(db, 'settings', [{ id: 'settings', breaks: [{ from: 'a' }] }]),
    ],
    [
      'minutes per weekday that are not a list',
      (db) => writeRawRows(db, 'settings', [{ id: 'settings', minutesPerWeekday: null }]),
    ],
    [
      'a memory card of {} on a project not yet built',
      (db) => writeRawRows(db, 'projects', [{ ...byPhase('queued'), card: {} }]),
    ],
    [
      'an objective target that is no date',
      async (db) =>
        writeRawRows(db, 'objectives', [
          { ...(await db.objectives.toArray())[0], targetDate: 'x' },
        ]),
    ],
  ])('%s: every view reads what it read without it', async (_, write) => {
    const before = await readEveryView();
    await write(db);
    expect(await readEveryView()).toEqual(before);
  });

  it.each(['links', 'children', 'childrenDone'])(
    'reads a project whose %s is not a list as one with none',
    async (field) => {
      const project = byPhase('queued');
      await writeRawRows(db, 'projects', [{ ...project, [field]: [] }]);
      const empty = await readEveryView();
      await writeRawRows(db, 'projects', [{ ...project, [field]: null }]);
      expect(await readEveryView()).toEqual(empty);
    },
  );

  it('reads a memory card that is not a whole FSRS card as no card: planned, not thrown', async () => {
    const reviewing = byPhase('reviewing');
    await writeRawRows(db, 'projects', [{ ...reviewing, card: { due: NOW - 86_400_000 } }]);
    const read = await readEveryView();
    const { plan } = read.Roadmap as Awaited<ReturnType<typeof VIEWS.Roadmap>>;
    expect(plan.projects.find((p) => p.id === reviewing.id)).not.toHaveProperty('card');
  });

  it('hands a resource of an unknown kind to Today as stored, for the page to show as text', async () => {
    const today = await computeToday(db, NOW);
    const projectId = today.sessions[0]!.projectId;
    await writeRawRows(db, 'resources', [
      {
        id: 'res',
        projectId,
        url: 'https://example.com/',
        title: 'A page',
        kind: 'hologram',
        attachedAt: NOW,
        via: 'popup',
      },
    ]);
    const read = await readEveryView();
    const session = (read.Today as typeof today).sessions.find((s) => s.projectId === projectId);
    expect(session?.resources.map((r) => r.kind)).toEqual(['hologram']);
  });
});

describe('readStudiedDays', () => {
  it('rejects when its cursor fails inside a success handler, rather than waiting for ever', async () => {
    await db.reviews.bulkAdd([reviewAt(NOW) as Review]);
    const failure = new DOMException('cursor gone', 'InvalidStateError');
    vi.spyOn(IDBCursor.prototype, 'continue').mockImplementation(() => {
      throw failure;
    });
    expect(await readOutcome(db, readStudiedDays(db))).toEqual({
      settled: 'rejected',
      error: failure,
    });
    expect(await readOutcome(db, readStats(db, NOW))).toEqual({
      settled: 'rejected',
      error: failure,
    });
  });
});
