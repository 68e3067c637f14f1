import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabase } from '../../lib/db/database';
import { DATABASE_NAME } from '../../lib/db/database-name';
import { SCHEMA_VERSIONS } from '../../lib/db/schema-versions';
import { DEFAULT_SETTINGS, type Project } from '../../lib/domain/types';
import { emptySyncState } from '../../lib/domain/sync/merge-sync-state';

/** Settings as versions 1 and 2 stored them: new projects per week, no phases yet. */
const SETTINGS_V2 = {
  id: 'settings',
  minutesPerWeekday: [0, 60, 60, 60, 60, 60, 90],
  restDays: [0],
  desiredRetention: 0.9,
  maximumIntervalDays: 365,
  newPerWeek: 5,
  defaultSessionMinutes: 30,
  objectiveOrder: [],
  breaks: [],
  theme: 'system',
};

/**
 * Rows as they were written at each schema version. A new version adds its own seed here, and the
 * test below opens a database seeded at every earlier version with today's code.
 */
const SEED_V1: Record<string, object[]> = {
  roadmaps: [
    {
      id: 'r1',
      title: 'Roadmap',
      source: 'a.md',
      sourceHash: 'h',
      importedAt: 1,
      tags: [],
      rawText: '',
    },
  ],
  objectives: [{ id: 'o1', roadmapId: 'r1', title: 'Objective', order: 0, archived: 0 }],
  projects: [
    {
      id: 'p1',
      objectiveId: 'o1',
      roadmapId: 'r1',
      key: 't:objective/project',
      title: 'Project',
      order: 0,
      links: [],
      children: [],
      done: false,
      status: 'new',
      archived: 0,
    },
  ],
  resources: [
    {
      id: 'x1',
      projectId: 'p1',
      url: 'https://example.org/',
      title: 'Example',
      kind: 'other',
      attachedAt: 1,
      via: 'popup',
    },
  ],
  reviews: [
    {
      id: 'v1',
      projectId: 'p1',
      at: 1,
      rating: 'good',
      minutes: 30,
      note: '',
      statusBefore: 'new',
    },
  ],
  settings: [SETTINGS_V2],
};

const STUDIED_CARD = {
  due: Date.UTC(2026, 11, 3),
  stability: 6.2,
  difficulty: 4.8,
  elapsedDays: 4,
  scheduledDays: 6,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: 2,
  lastReview: Date.UTC(2026, 10, 27),
};
const FIRST_CARD = { ...STUDIED_CARD, stability: 2.3, reps: 1, state: 1, scheduledDays: 2 };

const projectV2 = (id: string, order: number, change: object) => ({
  ...SEED_V1.projects![0],
  id,
  key: `t:objective/${id}`,
  title: id,
  order,
  ...change,
});
const reviewV2 = (id: string, projectId: string, at: number, change: object) => ({
  id,
  projectId,
  at,
  rating: 'good',
  minutes: 30,
  note: id,
  statusBefore: 'active',
  ...change,
});

/**
 * Version 2 with progress worth upgrading: a project done and reviewed (card and history), one
 * finished before it was ever studied, one with sessions logged but not done (and a session of it
 * in progress), and one never touched (p1).
 */
const SEED_V2: Record<string, object[]> = {
  ...SEED_V1,
  projects: [
    { ...SEED_V1.projects![0], order: 3 },
    projectV2('p-done', 0, { done: true, status: 'active', card: STUDIED_CARD }),
    projectV2('p-finished', 1, { done: true }),
    projectV2('p-built', 2, { status: 'active', card: FIRST_CARD, notBefore: 9 }),
  ],
  reviews: [
    reviewV2('v-done-1', 'p-done', 1_000, { statusBefore: 'new' }),
    reviewV2('v-done-2', 'p-done', 2_000, { rating: 'easy', cardBefore: FIRST_CARD }),
    reviewV2('v-built-2', 'p-built', 4_000, { rating: 'hard', notBeforeBefore: 8 }),
    reviewV2('v-built-1', 'p-built', 3_000, { minutes: 20, statusBefore: 'new' }),
  ],
  sessions: [{ projectId: 'p-built', startedAt: 5, groupId: 3, windowId: 1 }],
  snapshots: [{ id: 'today', day: '2026-11-28', builtAt: 5, view: { day: '2026-11-28' } }],
};

/** Version 3: projects in phases, sessions with kinds and the progress before them. */
const SEED_V3: Record<string, object[]> = {
  ...SEED_V2,
  projects: [
    {
      ...SEED_V1.projects![0],
      status: 'active',
      phase: 'building',
      builtMinutes: 45,
      estimateMinutes: 600,
      childrenDone: ['read the spec'],
    },
  ],
  reviews: [
    {
      id: 'v1',
      projectId: 'p1',
      at: 1,
      kind: 'build',
      minutes: 45,
      note: '',
      childrenDone: ['read the spec'],
      before: { phase: 'queued', builtMinutes: 0, childrenDone: [], status: 'active' },
    },
  ],
  // Version 3 still stored the theme, since retired.
  settings: [{ ...DEFAULT_SETTINGS, theme: 'system' }],
  sessions: [{ projectId: 'p1', startedAt: 5, groupId: 3, windowId: 1 }],
};

/** Version 4: this device's sync replica, with the baseline of its last sync. */
const SEED_V4: Record<string, object[]> = {
  ...SEED_V3,
  syncReplica: [
    {
      id: 'replica',
      device: 'device-a',
      clock: { device: 'device-a', wall: 5, counter: 1 },
      state: emptySyncState(),
      baseline: {
        settings: {},
        objectiveOrder: [],
        targetDates: {},
        outline: '',
        projects: {},
        reviews: {},
        pages: {},
      },
    },
  ],
};

/** Version 5: the linked note (a stand-in for its file handle) and a version Waymark replaced. */
const SEED_V5: Record<string, object[]> = {
  ...SEED_V4,
  noteLink: [
    {
      id: 'note',
      handle: { kind: 'file', name: 'roadmap.md' },
      name: 'roadmap.md',
      linkedAt: 5,
      baseText: '- [ ] Parser\n',
      seenModified: 6,
      seenHash: 'ab12',
      pending: false,
      writeBack: true,
      writeEstimates: false,
      autoApply: false,
    },
  ],
  noteVersions: [
    {
      id: 'v1',
      savedAt: 7,
      name: 'roadmap.md',
      text: '- [x] Parser\n',
      reason: 'Unticked ‘Parser’',
    },
  ],
};

const SEEDS: Record<number, Record<string, object[]>> = {
  1: SEED_V1,
  2: SEED_V2,
  3: SEED_V3,
  4: SEED_V4,
  5: SEED_V5,
};

/** Tables whose rows an upgrade rewrites; every other table's rows must come through as they were. */
const REWRITTEN: Record<number, string[]> = { 3: ['projects', 'reviews', 'settings'] };

function openAtVersion(indexedDB: IDBFactory, version: number) {
  const db = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange });
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) declared.upgrade(schema.upgrade);
  }
  return db;
}

/** A copy of `row` without `key`. */
function without(row: object, key: string): object {
  return Object.fromEntries(Object.entries(row).filter(([name]) => name !== key));
}

/** A database written at `version` with `seed`, opened again with today's schema. */
async function seedAndReopen(version: number, seed: Record<string, object[]>) {
  const indexedDB = new IDBFactory();
  const old = openAtVersion(indexedDB, version);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(seed)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = createDatabase({ indexedDB, IDBKeyRange });
  await db.open();
  return db;
}

describe('schema versions', () => {
  it('are declared in increasing order and every one has a seed', () => {
    const versions = SCHEMA_VERSIONS.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(Object.keys(SEEDS).map(Number)).toEqual(versions);
  });

  it.each(SCHEMA_VERSIONS.map((s) => s.version))(
    'the seed of version %i fills every store declared by then',
    (version) => {
      const stores = SCHEMA_VERSIONS.filter((s) => s.version <= version)
        .flatMap((s) => Object.entries(s.stores))
        .filter(([, spec]) => spec !== null)
        .map(([name]) => name);
      expect(Object.keys(SEEDS[version]!).sort()).toEqual([...new Set(stores)].sort());
    },
  );

  it.each(SCHEMA_VERSIONS.map((s) => s.version))(
    'a database written at version %i keeps every row when opened with the current schema',
    async (version) => {
      const seed = SEEDS[version]!;
      const db = await seedAndReopen(version, seed);
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      const rewritten = SCHEMA_VERSIONS.filter((s) => s.version > version).flatMap(
        (s) => REWRITTEN[s.version] ?? [],
      );
      for (const [table, rows] of Object.entries(seed)) {
        const stored = await db.table(table).toArray();
        if (rewritten.includes(table)) {
          const key = db.table(table).schema.primKey.keyPath as string;
          expect(stored.map((row) => row[key]).sort(), table).toEqual(
            rows.map((row) => (row as Record<string, unknown>)[key]).sort(),
          );
        } else {
          expect(stored, table).toEqual(rows);
        }
      }
      db.close();
    },
  );

  it('a database written by a newer Waymark still opens, and nothing of it is lost', async () => {
    const indexedDB = new IDBFactory();
    const latest = SCHEMA_VERSIONS.at(-1)!;
    const newer = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange });
    // Stores are declared per version; the newer schema carries all of them plus its own.
    const stores = Object.assign({}, ...SCHEMA_VERSIONS.map((v) => v.stores));
    newer.version(latest.version + 5).stores({ ...stores, future: 'id' });
    await newer.table('future').add({ id: 'keep-me' });
    await newer.table('projects').add({ ...SEEDS[1]!.projects![0], id: 'p-new' });
    newer.close();

    const db = createDatabase({ indexedDB, IDBKeyRange });
    await db.open();
    expect((await db.projects.toArray()).map((p) => p.id)).toEqual(['p-new']);
    db.close();

    const again = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange });
    await again.open();
    expect(await again.table('future').toArray()).toEqual([{ id: 'keep-me' }]);
  });
});

describe('version 3: progress in phases', () => {
  const NOW = Date.UTC(2026, 10, 28, 9);
  afterEach(() => vi.restoreAllMocks());

  async function upgraded() {
    vi.spyOn(Date, 'now').mockReturnValue(NOW);
    const db = await seedAndReopen(2, SEED_V2);
    const byId = async <T extends { id: string }>(table: string) =>
      Object.fromEntries(((await db.table(table).toArray()) as T[]).map((row) => [row.id, row]));
    return { db, projects: await byId('projects'), reviews: await byId('reviews') };
  }

  it('a done project keeps its card and history and is reviewed', async () => {
    const { projects, reviews } = await upgraded();
    expect(projects['p-done']).toStrictEqual({
      ...SEED_V2.projects![1],
      phase: 'reviewing',
      builtMinutes: 0,
      childrenDone: [],
    });
    const before = { phase: 'reviewing', builtMinutes: 0, childrenDone: [], status: 'active' };
    const review = { projectId: 'p-done', minutes: 30, kind: 'review' };
    expect([reviews['v-done-1'], reviews['v-done-2']]).toStrictEqual([
      { ...review, id: 'v-done-1', at: 1_000, rating: 'good', note: 'v-done-1', before },
      {
        ...review,
        id: 'v-done-2',
        at: 2_000,
        rating: 'easy',
        note: 'v-done-2',
        before: { ...before, card: FIRST_CARD },
      },
    ]);
  });

  it('a project done but never studied is learned today, its first review within two weeks', async () => {
    const { projects } = await upgraded();
    const { card, ...rest } = projects['p-finished'] as Project;
    expect(rest).toStrictEqual({
      ...SEED_V2.projects![2],
      status: 'active',
      phase: 'reviewing',
      builtMinutes: 0,
      childrenDone: [],
    });
    expect(card).toMatchObject({ lastReview: NOW, reps: 1 });
    expect(card!.due).toBeGreaterThan(NOW);
    expect(card!.due).toBeLessThanOrEqual(NOW + 15 * 86_400_000);
  });

  it('a project with sessions but not done is being built: its minutes add up, its card goes', async () => {
    const { projects, reviews } = await upgraded();
    expect(projects['p-built']).toStrictEqual({
      ...without(SEED_V2.projects![3]!, 'card'),
      phase: 'building',
      builtMinutes: 50,
      childrenDone: [],
    });
    expect(reviews['v-built-1']).toStrictEqual({
      id: 'v-built-1',
      projectId: 'p-built',
      at: 3_000,
      kind: 'build',
      minutes: 20,
      note: 'v-built-1',
      before: { phase: 'queued', builtMinutes: 0, childrenDone: [], status: 'active' },
    });
    expect(reviews['v-built-2']).toStrictEqual({
      id: 'v-built-2',
      projectId: 'p-built',
      at: 4_000,
      kind: 'build',
      minutes: 30,
      note: 'v-built-2',
      before: {
        phase: 'building',
        builtMinutes: 20,
        childrenDone: [],
        status: 'active',
        notBefore: 8,
      },
    });
  });

  it('a project never touched waits in the queue, active', async () => {
    const { projects } = await upgraded();
    expect(projects.p1).toStrictEqual({
      ...SEED_V1.projects![0],
      order: 3,
      status: 'active',
      phase: 'queued',
      builtMinutes: 0,
      childrenDone: [],
    });
  });

  it('new projects per week become projects in progress, new settings at their defaults', async () => {
    const { db } = await upgraded();
    expect(await db.settings.get('settings')).toStrictEqual({
      ...without(without(SETTINGS_V2, 'newPerWeek'), 'theme'),
      inProgress: 5,
      defaultEffortHours: DEFAULT_SETTINGS.defaultEffortHours,
      reviewMinutes: DEFAULT_SETTINGS.reviewMinutes,
      leftOutObjectives: [],
      obsidianVault: '',
      obsidianFile: '',
    });
  });

  it('keeps the session in progress and every other row, and indexes projects by phase', async () => {
    const { db } = await upgraded();
    expect(await db.sessions.toArray()).toStrictEqual(SEED_V2.sessions);
    expect(await db.resources.toArray()).toStrictEqual(SEED_V2.resources);
    expect(await db.projects.count()).toBe(SEED_V2.projects!.length);
    expect(await db.reviews.count()).toBe(SEED_V2.reviews!.length);
    expect((await db.projects.where('phase').equals('building').primaryKeys()).sort()).toEqual([
      'p-built',
    ]);
  });
});
