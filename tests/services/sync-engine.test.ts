import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, type WaymarkDatabase } from '../../lib/db/database';
import { DATABASE_NAME } from '../../lib/db/database-name';
import { SCHEMA_VERSIONS } from '../../lib/db/schema-versions';
import { readSyncReplica } from '../../lib/db/sync-replica';
import { USER_TABLES } from '../../lib/domain/rows/user-tables';
import type { SyncState } from '../../lib/domain/sync/sync-state';
import { unpackSyncItems } from '../../lib/domain/sync/unpack-sync-items';
import { attachResource } from '../../lib/services/attach-resource';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { finishStudySession } from '../../lib/services/study-session';
import { runSync, type SyncDeps } from '../../lib/services/sync/run-sync';
import { describeSyncFailure } from '../../lib/services/sync/sync-problem';
import { updateSettings } from '../../lib/services/update-settings';
import { comparableRows } from '../support/simulated-devices';
import { createSyncAccount, type SyncDevice } from '../support/sync-area-double';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

const HOUR = 3_600_000;

function engine(db: WaymarkDatabase, area: SyncDevice, clock: { now: number }): SyncDeps {
  let ids = 0;
  return { db, area, now: () => clock.now, newId: () => `${area.name}-${(ids += 1)}` };
}

/** A device that imported the example note, studied twice, attached a page and set a setting. */
async function studied(db: WaymarkDatabase, at: number, minutes = 25) {
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', at);
  const projects = (await db.projects.toArray())
    .filter((p) => p.phase !== 'reviewing')
    .sort((x, y) => (x.key < y.key ? -1 : 1));
  for (const [i, project] of projects.slice(0, 2).entries())
    await finishStudySession(db, project.id, {
      kind: 'build',
      minutes: 30,
      note: `session ${i}`,
      now: at + (i + 1) * 1_000,
      childrenDone: [],
      finished: false,
    });
  await attachResource(db, {
    projectId: projects[0]!.id,
    url: 'https://example.org/guide',
    title: 'Guide',
    via: 'popup',
    now: at + 5_000,
  });
  await updateSettings(db, { defaultSessionMinutes: minutes }, at + 6_000);
}

const withoutDevices = (state: SyncState) => ({ ...state, devices: {} });

describe('the sync engine', () => {
  it('a fresh device pulls what sync holds and writes nothing over it', async () => {
    const clock = { now: NOW };
    const account = createSyncAccount(() => clock.now);
    const a = createTestDatabase();
    await studied(a, NOW);
    clock.now += HOUR;
    expect(await runSync(engine(a, account.connect('a'), clock))).toMatchObject({ ok: true });
    const before = account.serverItems();

    clock.now += HOUR;
    const fresh = createTestDatabase();
    const outcome = await runSync(engine(fresh, account.connect('fresh'), clock));
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.ok && outcome.status).not.toHaveProperty('problem');
    expect(await comparableRows(fresh)).toEqual(await comparableRows(a));
    // Only the note that this device has seen everything was added.
    const after = account.serverItems();
    expect(withoutDevices(unpackSyncItems(after).state)).toEqual(
      withoutDevices(unpackSyncItems(before).state),
    );
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  });

  it('a device with data of its own keeps its sessions, and what sync holds wins its settings', async () => {
    const clock = { now: NOW };
    const account = createSyncAccount(() => clock.now);
    const a = createTestDatabase();
    await studied(a, NOW, 25);
    expect(await runSync(engine(a, account.connect('a'), clock))).toMatchObject({ ok: true });

    // B studied on its own before turning sync on: another session, another setting.
    const b = createTestDatabase();
    await studied(b, NOW + 2 * HOUR, 45);
    clock.now = NOW + 3 * HOUR;
    const bArea = account.connect('b');
    expect(await runSync(engine(b, bArea, clock))).toMatchObject({ ok: true });
    account.deliverAll();
    clock.now += 1_000;
    expect(await runSync(engine(a, account.connect('a2'), clock))).toMatchObject({ ok: true });

    for (const db of [a, b]) {
      expect((await db.settings.get('settings'))?.defaultSessionMinutes).toBe(25);
      const notes = (await db.reviews.toArray()).map((r) => `${r.note} ${r.at}`).sort();
      expect(notes).toEqual(
        [NOW + 1_000, NOW + 2_000, NOW + 2 * HOUR + 1_000, NOW + 2 * HOUR + 2_000]
          .map((at, i) => `session ${i % 2} ${at}`)
          .sort(),
      );
      expect(await db.projects.count()).toBe(await a.projects.count());
    }
    expect(await comparableRows(b)).toEqual(await comparableRows(a));
  });

  it('sync storage full: a clear problem, local data intact, and it syncs once there is room', async () => {
    const clock = { now: NOW };
    const account = createSyncAccount(() => clock.now);
    const area = account.connect('a');
    // A later Waymark (or anything else) holds most of the quota in items this one does not own.
    const filler = Object.fromEntries(
      Array.from({ length: 13 }, (_, i) => [`9:other${i}`, 'x'.repeat(i < 12 ? 8_150 : 3_000)]),
    );
    expect((await area.set(filler)).ok).toBe(true);
    const db = createTestDatabase();
    await studied(db, NOW);
    const rows = await comparableRows(db);

    const full = await runSync(engine(db, area, clock));
    expect(full).toEqual({
      ok: false,
      reason: 'quota-bytes',
      problem: describeSyncFailure('quota-bytes'),
      writes: 1,
    });
    expect(full.ok === false && full.problem).toMatch(/full.*safe here/);
    expect(await comparableRows(db)).toEqual(rows);
    expect((await readSyncReplica(db))?.baseline).toBeDefined();
    expect(Object.keys(area.snapshot()).sort()).toEqual(Object.keys(filler).sort());

    expect((await area.remove(Object.keys(filler).slice(0, 6))).ok).toBe(true);
    clock.now += HOUR;
    const retried = await runSync(engine(db, area, clock));
    expect(retried).toMatchObject({ ok: true, writes: 1 });
    expect(await comparableRows(db)).toEqual(rows);
    // Items it does not own were left alone.
    expect(Object.keys(area.snapshot())).toEqual(
      expect.arrayContaining(Object.keys(filler).slice(6)),
    );
  });

  it('upgrading from the previous schema with sync on loses and duplicates nothing', async () => {
    const clock = { now: NOW };
    const account = createSyncAccount(() => clock.now);
    const a = createTestDatabase();
    await studied(a, NOW);
    expect(await runSync(engine(a, account.connect('a'), clock))).toMatchObject({ ok: true });

    // B studied the same roadmap under the previous schema, then updated Waymark.
    const made = createTestDatabase();
    await studied(made, NOW + 2 * HOUR);
    const indexedDB = new IDBFactory();
    const previous = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange });
    for (const schema of SCHEMA_VERSIONS.filter((s) => s.version < 4))
      previous.version(schema.version).stores(schema.stores);
    const rows = await Promise.all(USER_TABLES.map((table) => made.table(table).toArray()));
    await previous.transaction('rw', previous.tables, async () => {
      for (const [i, table] of USER_TABLES.entries()) await previous.table(table).bulkAdd(rows[i]!);
    });
    previous.close();
    const b = createDatabase({ indexedDB, IDBKeyRange });
    const kept = await comparableRows(b);

    clock.now = NOW + 3 * HOUR;
    expect(await runSync(engine(b, account.connect('b'), clock))).toMatchObject({ ok: true });
    account.deliverAll();
    expect(await runSync(engine(a, account.connect('a2'), clock))).toMatchObject({ ok: true });

    const merged = await comparableRows(b);
    expect(merged).toEqual(await comparableRows(a));
    // Each session kept, once; its progress before is replayed from the merged log.
    const sessions = (rows: string[]) =>
      rows.map((row) => {
        const { project, at, note } = JSON.parse(row) as Record<string, unknown>;
        return `${String(project)} ${String(at)} ${String(note)}`;
      });
    expect(sessions(merged.reviews)).toEqual(expect.arrayContaining(sessions(kept.reviews)));
    expect(merged.reviews).toHaveLength(4);
    expect(merged.resources).toHaveLength(1);
    expect(merged.projects).toHaveLength(kept.projects.length);
  });

  it('more pages than sync holds: the rest syncs, Settings says what does not, no write is refused', async () => {
    const clock = { now: NOW };
    const account = createSyncAccount(() => clock.now);
    const a = createTestDatabase();
    await studied(a, NOW);
    const projects = await a.projects.toArray();
    await a.resources.bulkAdd(
      Array.from({ length: 3_000 }, (_, i) => ({
        id: `page-${i}`,
        projectId: projects[i % projects.length]!.id,
        url: `https://example.org/articles/${i}/a-page-with-a-long-descriptive-address`,
        title: `An article about topic number ${i}, with a title of ordinary length`,
        kind: 'article' as const,
        attachedAt: NOW + i,
        via: 'bulk' as const,
      })),
    );
    const outcome = await runSync(engine(a, account.connect('a'), clock));
    expect(outcome).toMatchObject({ ok: true, writes: 1 });
    const status = outcome.ok ? outcome.status : undefined;
    expect(status?.notSyncing).toEqual([expect.objectContaining({ what: 'pages' })]);
    expect(status?.bytes).toBeLessThanOrEqual(102_400);
    expect(account.refusals).toEqual([]);
    expect(await a.resources.count()).toBe(3_001);

    const b = createTestDatabase();
    expect(await runSync(engine(b, account.connect('b'), clock))).toMatchObject({ ok: true });
    const synced = await b.resources.count();
    expect(synced).toBeGreaterThan(100);
    expect(synced).toBeLessThan(3_001);
    expect(account.refusals).toEqual([]);
  });
});
