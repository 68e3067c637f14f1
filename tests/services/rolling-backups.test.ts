import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_DATABASE_NAME, createBackupStore } from '../../lib/db/backup-store';
import { DATABASE_NAME } from '../../lib/db/database-name';
import { importRoadmap } from '../../lib/services/import-roadmap';
import {
  KEPT_BACKUPS,
  keepRollingBackups,
  listRollingBackups,
  restoreRollingBackup,
  takeRollingBackup,
} from '../../lib/services/rolling-backups';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';
import { userData } from '../support/user-data';
import { buildReview } from '../support/build-entities';

const DAY = 86_400_000;
/** Noon local time, `n` days after the first test day: never near a midnight. */
const dayAt = (n: number) => new Date(2026, 10, 1 + n, 12);

async function setup() {
  const db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  return { db, store: createBackupStore({ indexedDB: new IDBFactory(), IDBKeyRange }) };
}

describe('rolling backups', () => {
  it('live in a database of their own, not in the tables they protect', () => {
    expect(BACKUP_DATABASE_NAME).not.toBe(DATABASE_NAME);
  });

  it('takes one backup per day, listed newest first with size and row counts', async () => {
    const { db, store } = await setup();
    for (const n of [0, 1, 2]) expect(await takeRollingBackup(db, store, dayAt(n))).not.toBeNull();
    const list = await listRollingBackups(store);
    expect(list.map((b) => b.day)).toEqual(['2026-11-03', '2026-11-02', '2026-11-01']);
    expect(list[0]).toMatchObject({ createdAt: dayAt(2).getTime(), rows: { projects: 16 } });
    expect(list[0]!.bytes).toBeGreaterThan(1000);
  });

  it('never takes two the same day', async () => {
    const { db, store } = await setup();
    const first = await takeRollingBackup(db, store, dayAt(0));
    await db.projects.clear();
    // Later the same day, and two racing calls (the worker woken twice): still the first one.
    const [a, b] = await Promise.all([
      takeRollingBackup(db, store, new Date(dayAt(0).getTime() + 11 * 3_600_000)),
      takeRollingBackup(db, store, dayAt(0)),
    ]);
    expect([a, b]).toEqual([null, null]);
    expect(await listRollingBackups(store)).toEqual([first]);
    expect(await store.files.count()).toBe(1);
  });

  it(`keeps the last ${KEPT_BACKUPS}: the 8th drops the oldest`, async () => {
    const { db, store } = await setup();
    for (let n = 0; n < 8; n++) await takeRollingBackup(db, store, dayAt(n));
    const days = (await listRollingBackups(store)).map((b) => b.day);
    expect(days).toHaveLength(KEPT_BACKUPS);
    expect(days.at(-1)).toBe('2026-11-02');
    expect((await store.files.toCollection().primaryKeys()).sort()).toEqual([...days].sort());
  });

  it('takes nothing before there is a roadmap to protect', async () => {
    const store = createBackupStore({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await takeRollingBackup(createTestDatabase(), store, dayAt(0))).toBeNull();
    expect(await store.backups.count()).toBe(0);
  });

  it('restores exactly the data it was taken from, replacing what came after', async () => {
    const { db, store } = await setup();
    const before = await userData(db);
    await takeRollingBackup(db, store, dayAt(0));
    const [project] = await db.projects.toArray();
    await db.resources.clear();
    await db.projects.update(project!.id, { title: 'Renamed after the backup' });
    await db.reviews.add(
      buildReview({
        id: 'later',
        projectId: project!.id,
        at: NOW,
        kind: 'build',
        minutes: 5,
        before: { phase: 'queued', builtMinutes: 0, childrenDone: [], status: 'active' },
      }),
    );
    await restoreRollingBackup(db, store, '2026-11-01', dayAt(3));
    expect(await userData(db)).toEqual(before);
  });

  it('restores a backup kept from before phases, its progress moved into phases', async () => {
    const { db, store } = await setup();
    const text = readFileSync('tests/fixtures/backups/waymark-backup-v1.json', 'utf8');
    const day = '2026-10-21';
    await store.backups.add({ day, createdAt: dayAt(0).getTime(), bytes: text.length, rows: {} });
    await store.files.add({ day, text });
    await restoreRollingBackup(db, store, day, dayAt(3));
    const phases = (await db.projects.toArray()).map((p) => p.phase);
    expect(phases.filter((p) => p === 'building')).toHaveLength(2);
    expect(phases.filter((p) => p === 'reviewing')).toHaveLength(2);
    expect(new Set((await db.reviews.toArray()).map((r) => r.kind))).toEqual(
      new Set(['build', 'review']),
    );
    expect(await db.sessions.count()).toBe(1);
  });

  it('refuses a day it no longer keeps and changes nothing', async () => {
    const { db, store } = await setup();
    const before = await userData(db);
    await expect(restoreRollingBackup(db, store, '2020-01-01', dayAt(3))).rejects.toThrow(
      /no longer kept/,
    );
    expect(await userData(db)).toEqual(before);
  });

  it('a failing write (disk full) leaves every existing backup intact', async () => {
    const { db, store } = await setup();
    for (let n = 0; n < KEPT_BACKUPS; n++) await takeRollingBackup(db, store, dayAt(n));
    const kept = await listRollingBackups(store);
    const files = await store.files.toArray();
    store.files.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(takeRollingBackup(db, store, dayAt(KEPT_BACKUPS))).rejects.toThrow();
    // Neither the new entry nor the pruning of the oldest happened.
    expect(await listRollingBackups(store)).toEqual(kept);
    expect(await store.files.toArray()).toEqual(files);
  });

  it('the worker takes the day’s backup on start and again from the daily alarm', async () => {
    const { db, store } = await setup();
    let now = dayAt(0);
    const onError = vi.fn();
    const onSuccess = vi.fn();
    const take = keepRollingBackups(db, store, () => now, { onSuccess, onError });
    await vi.waitFor(async () => expect(await store.backups.count()).toBe(1));
    await take();
    expect(await store.backups.count()).toBe(1);
    now = new Date(now.getTime() + DAY);
    await take();
    expect((await listRollingBackups(store)).map((b) => b.day)).toEqual([
      '2026-11-02',
      '2026-11-01',
    ]);
    expect(onError).not.toHaveBeenCalled();
    // Each try that leaves today's backup in place counts as a success, the start's included.
    expect(onSuccess).toHaveBeenCalledTimes(3);
  });

  it('reports a failure instead of throwing into the worker', async () => {
    const { db, store } = await setup();
    store.backups.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const onError = vi.fn();
    const onSuccess = vi.fn();
    await keepRollingBackups(db, store, () => dayAt(0), { onSuccess, onError })();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'QuotaExceededError' }));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(await store.backups.count()).toBe(0);
  });
});
