import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BEFORE_RESTORE, createBackupStore } from '../../lib/db/backup-store';
import { backupDatabase } from '../../lib/services/backup-database';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { readBackup } from '../../lib/services/restore-backup';
import {
  listRollingBackups,
  restoreRollingBackup,
  takeRollingBackup,
} from '../../lib/services/rolling-backups';
import {
  readSafetyCopyInfo,
  restoreKeepingSafetyCopy,
  undoLastRestore,
} from '../../lib/services/safety-copy';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';
import { userData } from '../support/user-data';

const AT = new Date(NOW);
const LATER = new Date(NOW + 3_600_000);

/** The example roadmap stored, and a backup of it with three projects fewer. */
async function setup() {
  const db = createTestDatabase();
  const store = createBackupStore({ indexedDB: new IDBFactory(), IDBKeyRange });
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  const before = await userData(db);
  const full = readBackup(db, (await backupDatabase(db, AT)).text, AT);
  const smaller = { ...full, tables: { ...full.tables, projects: full.tables.projects.slice(3) } };
  const restored = { ...before, projects: before.projects!.slice(3) };
  return { db, store, before, smaller, restored };
}

const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('the safety copy taken before a restore', () => {
  it('keeps what a restore replaced, listed with its size and rows', async () => {
    const { db, store, before, smaller, restored } = await setup();
    await restoreKeepingSafetyCopy(db, store, smaller, LATER);
    expect(await userData(db)).toEqual(restored);
    const info = await readSafetyCopyInfo(store);
    expect(info).toMatchObject({ key: BEFORE_RESTORE, createdAt: LATER.getTime() });
    expect(info!.rows.projects).toBe(before.projects!.length);
    expect(info!.bytes).toBeGreaterThan(1000);
  });

  it('undoes the restore exactly, and undoing again redoes it', async () => {
    const { db, store, before, smaller, restored } = await setup();
    await restoreKeepingSafetyCopy(db, store, smaller, LATER);
    await undoLastRestore(db, store, LATER);
    expect(await userData(db)).toEqual(before);
    await undoLastRestore(db, store, LATER);
    expect(await userData(db)).toEqual(restored);
  });

  it('is taken by a restore from the daily backups too, and never listed among them', async () => {
    const { db, store, before, restored } = await setup();
    await db.projects.bulkDelete(before.projects!.slice(0, 3).map((p) => (p as { id: string }).id));
    await takeRollingBackup(db, store, AT);
    await db.projects.bulkPut(before.projects as never[]);
    const day = (await listRollingBackups(store))[0]!.day;
    await restoreRollingBackup(db, store, day, LATER);
    expect(await userData(db)).toEqual(restored);
    expect((await listRollingBackups(store)).map((b) => b.day)).toEqual([day]);
    await undoLastRestore(db, store, LATER);
    expect(await userData(db)).toEqual(before);
    await expect(restoreRollingBackup(db, store, BEFORE_RESTORE, LATER)).rejects.toThrow(
      /no longer kept/,
    );
  });

  it('refuses the restore when the copy cannot be written (disk full): nothing changes', async () => {
    const { db, store, before, smaller } = await setup();
    store.files.hook('creating', quotaExceeded);
    await expect(restoreKeepingSafetyCopy(db, store, smaller, LATER)).rejects.toThrow(
      /could not keep a copy of your current data first.*no room left/,
    );
    expect(await userData(db)).toEqual(before);
    expect(await readSafetyCopyInfo(store)).toBeNull();
  });

  it('a restore that fails keeps the data and the earlier copy as they were', async () => {
    const { db, store, before, smaller } = await setup();
    await restoreKeepingSafetyCopy(db, store, smaller, AT);
    await undoLastRestore(db, store, AT);
    const earlier = await readSafetyCopyInfo(store);
    // A backup whose rows collide: the restore's transaction aborts.
    const broken = { ...smaller, tables: { ...smaller.tables } };
    broken.tables.projects = [...smaller.tables.projects, smaller.tables.projects[0]!];
    await expect(restoreKeepingSafetyCopy(db, store, broken, LATER)).rejects.toThrow();
    expect(await userData(db)).toEqual(before);
    expect(await readSafetyCopyInfo(store)).toEqual(earlier);
  });

  it('says so when there is no restore to undo', async () => {
    const { db, store, before } = await setup();
    await expect(undoLastRestore(db, store, LATER)).rejects.toThrow('there is no restore to undo');
    expect(await userData(db)).toEqual(before);
  });
});
