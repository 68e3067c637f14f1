import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackupStore } from '../../lib/db/backup-store';
import { DEFAULT_SETTINGS } from '../../lib/domain/types';
import { backupDatabase } from '../../lib/services/backup-database';
import { takeCheckedCopy } from '../../lib/services/checked-copy';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { readBackup } from '../../lib/services/restore-backup';
import { restoreRollingBackup, takeRollingBackup } from '../../lib/services/rolling-backups';
import {
  readSafetyCopyInfo,
  restoreKeepingSafetyCopy,
  UncopiedDataError,
  undoLastRestore,
} from '../../lib/services/safety-copy';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';
import { writeRawRows } from '../support/write-raw-rows';
import { userData } from '../support/user-data';

const AT = new Date(NOW);
const LATER = new Date(NOW + 86_400_000);

/** The settings row a crafted backup once brought in: an own `__proto__` field. */
const pollutedSettings = JSON.parse(
  JSON.stringify({ ...DEFAULT_SETTINGS }).replace('{', '{"__proto__":{"x":1},'),
) as object;

/** The example roadmap with a daily backup, then the polluted row written past every check. */
async function lockedOut() {
  const db = createTestDatabase();
  const store = createBackupStore({ indexedDB: new IDBFactory(), IDBKeyRange });
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  await db.settings.put({ ...DEFAULT_SETTINGS });
  const good = await userData(db);
  await takeRollingBackup(db, store, AT);
  await writeRawRows(db, 'settings', [pollutedSettings]);
  return { db, store, good };
}

describe('data Waymark cannot copy never locks the user out', () => {
  it('the polluted row really is stored, and a copy of it is refused by name', async () => {
    const { db } = await lockedOut();
    expect(Object.hasOwn((await db.settings.get('settings'))!, '__proto__')).toBe(true);
    await expect(takeCheckedCopy(db, LATER)).rejects.toThrow(/settings, row 1: field "__proto__"/);
  });

  it('a restore says why it cannot copy first, and changes nothing until the user agrees', async () => {
    const { db, store } = await lockedOut();
    const before = await userData(db);
    const error = await restoreRollingBackup(db, store, '2026-11-28', LATER).catch((e) => e);
    expect(error).toBeInstanceOf(UncopiedDataError);
    expect(error.message).toMatch(/cannot keep a copy.*__proto__.*cannot be brought back/);
    expect(await userData(db)).toEqual(before);
  });

  it('once the user agrees, the daily backup comes back and export, daily backup and restore work again', async () => {
    const { db, store, good } = await lockedOut();
    await restoreRollingBackup(db, store, '2026-11-28', LATER, { withoutCopy: true });
    expect(await userData(db)).toEqual(good);
    // No copy of the polluted data was kept, so there is nothing to undo.
    expect(await readSafetyCopyInfo(store)).toBeNull();
    const file = await backupDatabase(db, LATER);
    await restoreKeepingSafetyCopy(db, store, readBackup(db, file.text, LATER), LATER);
    expect(await takeRollingBackup(db, store, LATER)).not.toBeNull();
    expect(await readSafetyCopyInfo(store)).not.toBeNull();
  });

  it('undo of the restore that let the polluted row in works after the same confirmation', async () => {
    const { db, store, good } = await lockedOut();
    await writeRawRows(db, 'settings', [{ ...DEFAULT_SETTINGS }]);
    const file = await backupDatabase(db, LATER);
    await restoreKeepingSafetyCopy(db, store, readBackup(db, file.text, LATER), LATER);
    // What an older version let a crafted file bring in.
    await writeRawRows(db, 'settings', [pollutedSettings]);
    await expect(undoLastRestore(db, store, LATER)).rejects.toBeInstanceOf(UncopiedDataError);
    await undoLastRestore(db, store, LATER, { withoutCopy: true });
    expect(await userData(db)).toEqual(good);
  });

  it('a copy that cannot be written is still a refusal, agreed or not', async () => {
    const { db, store } = await lockedOut();
    await writeRawRows(db, 'settings', [{ ...DEFAULT_SETTINGS }]);
    const full = readBackup(db, (await backupDatabase(db, LATER)).text, LATER);
    store.files.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const before = await userData(db);
    await expect(
      restoreKeepingSafetyCopy(db, store, full, LATER, { withoutCopy: true }),
    ).rejects.toThrow(/could not keep a copy.*no room/);
    expect(await userData(db)).toEqual(before);
  });
});
