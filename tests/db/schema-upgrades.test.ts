import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../lib/db/schema-versions';
import { DEFAULT_SETTINGS } from '../../lib/domain/types';

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
  settings: [DEFAULT_SETTINGS],
};

const SEEDS: Record<number, Record<string, object[]>> = {
  1: SEED_V1,
  2: {
    ...SEED_V1,
    sessions: [{ projectId: 'p1', startedAt: 5, groupId: 3, windowId: 1 }],
    snapshots: [{ id: 'today', day: '2026-11-28', builtAt: 5, view: { day: '2026-11-28' } }],
  },
};

function openAtVersion(indexedDB: IDBFactory, version: number) {
  const db = new Dexie('waymark', { indexedDB, IDBKeyRange });
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) declared.upgrade(schema.upgrade);
  }
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
      const indexedDB = new IDBFactory();
      const old = openAtVersion(indexedDB, version);
      const seed = SEEDS[version]!;
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(seed)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const db = createDatabase({ indexedDB, IDBKeyRange });
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      for (const [table, rows] of Object.entries(seed)) {
        expect(await db.table(table).toArray(), table).toEqual(rows);
      }
      db.close();
    },
  );

  it('a database written by a newer Waymark still opens, and nothing of it is lost', async () => {
    const indexedDB = new IDBFactory();
    const latest = SCHEMA_VERSIONS.at(-1)!;
    const newer = new Dexie('waymark', { indexedDB, IDBKeyRange });
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

    const again = new Dexie('waymark', { indexedDB, IDBKeyRange });
    await again.open();
    expect(await again.table('future').toArray()).toEqual([{ id: 'keep-me' }]);
  });
});
