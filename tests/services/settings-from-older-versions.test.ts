import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../lib/db/settings-repository';
import { DEFAULT_SETTINGS } from '../../lib/domain/types';
import { backupDatabase } from '../../lib/services/backup-database';
import { takeCheckedCopy } from '../../lib/services/checked-copy';
import { moveObjectiveTo, resetObjectiveOrder } from '../../lib/services/reorder-objectives';
import { readBackup, restoreBackup } from '../../lib/services/restore-backup';
import { updateSettings } from '../../lib/services/update-settings';
import { exampleDatabase } from '../support/example-database';
import { NOW } from '../support/test-database';
import { writeRawRows } from '../support/write-raw-rows';

const AT = new Date(NOW);

/** The example roadmap, its settings row as an older version stored it. */
async function withStoredRow(change: Record<string, unknown>) {
  const { db } = await exampleDatabase();
  await writeRawRows(db, 'settings', [{ ...DEFAULT_SETTINGS, ...change }]);
  return db;
}

const withStoredTheme = (theme: unknown = 'dark') => withStoredRow({ theme });

type Json = { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };

/** A backup file of the example roadmap whose settings row an older version wrote. */
async function backupWithSettings(change: Record<string, unknown>) {
  const { db } = await exampleDatabase();
  const json = JSON.parse((await backupDatabase(db, AT)).text) as Json;
  const settings = json.data.data.find((t) => t.tableName === 'settings')!;
  settings.rows = [{ ...DEFAULT_SETTINGS, ...change }];
  return JSON.stringify(json);
}

const backupWithTheme = (theme: unknown) => backupWithSettings({ theme });

describe('a settings row that still holds the retired theme', () => {
  it('reads as the settings without it', async () => {
    const db = await withStoredTheme();
    expect(await readSettings(db)).toStrictEqual(DEFAULT_SETTINGS);
  });

  it.each([
    [
      'a settings change',
      (db: Awaited<ReturnType<typeof withStoredTheme>>) =>
        updateSettings(db, { reviewMinutes: 25 }, NOW).then((result) => {
          expect(result.ok).toBe(true);
        }),
    ],
    [
      'a new objective order',
      async (db: Awaited<ReturnType<typeof withStoredTheme>>) => {
        const last = (await db.objectives.toArray()).sort((a, b) => b.order - a.order)[0]!;
        await moveObjectiveTo(db, last.id, 0);
        expect((await readSettings(db)).objectiveOrder[0]).toBe(last.id);
      },
    ],
    ['going back to the note’s order', resetObjectiveOrder],
  ])('is saved by %s, without the theme', async (_, change) => {
    const db = await withStoredTheme();
    await change(db);
    const stored = await db.settings.get('settings');
    expect(stored).toBeDefined();
    expect(Object.hasOwn(stored!, 'theme')).toBe(false);
  });

  it('is backed up, and that backup restores without it', async () => {
    const db = await withStoredTheme('light');
    const copy = await takeCheckedCopy(db, AT);
    await restoreBackup(db, readBackup(db, copy.text, AT));
    expect(await db.settings.toArray()).toStrictEqual([DEFAULT_SETTINGS]);
  });
});

describe('a backup made while settings had a theme', () => {
  it.each(['system', 'light', 'dark'])('restores with theme %j left out', async (theme) => {
    const { db } = await exampleDatabase();
    await restoreBackup(db, readBackup(db, await backupWithTheme(theme), AT));
    expect(await db.settings.toArray()).toStrictEqual([DEFAULT_SETTINGS]);
  });

  it.each(['neon', 1, null, { dark: true }])('is refused with a theme of %j', async (theme) => {
    const { db } = await exampleDatabase();
    const text = await backupWithTheme(theme);
    expect(() => readBackup(db, text, AT)).toThrow(/settings, row 1: field "theme"/);
  });

  it('from before phases (format 1) restores without it', async () => {
    const v1 = readFileSync('tests/fixtures/backups/waymark-backup-v1.json', 'utf8');
    expect(v1).toContain('"theme": "system"');
    const { db } = await exampleDatabase();
    await restoreBackup(db, readBackup(db, v1, AT));
    const [settings] = await db.settings.toArray();
    expect(Object.hasOwn(settings!, 'theme')).toBe(false);
  });
});

describe('session and review lengths shorter than a project may ask for, as older versions allowed', () => {
  const RAISED = { ...DEFAULT_SETTINGS, defaultSessionMinutes: 5, reviewMinutes: 5 };

  it('are read as the shortest, backed up and saved again', async () => {
    const db = await withStoredRow({ defaultSessionMinutes: 1, reviewMinutes: 4 });
    expect(await readSettings(db)).toStrictEqual(RAISED);
    const copy = await takeCheckedCopy(db, AT);
    expect((await updateSettings(db, { inProgress: 3 }, NOW)).ok).toBe(true);
    expect(await db.settings.toArray()).toStrictEqual([{ ...RAISED, inProgress: 3 }]);
    await restoreBackup(db, readBackup(db, copy.text, AT));
    expect(await db.settings.toArray()).toStrictEqual([RAISED]);
  });

  it('restore from a backup as the shortest', async () => {
    const { db } = await exampleDatabase();
    const text = await backupWithSettings({ defaultSessionMinutes: 2, reviewMinutes: 3 });
    await restoreBackup(db, readBackup(db, text, AT));
    expect(await db.settings.toArray()).toStrictEqual([RAISED]);
  });

  it('but a backup with no length at all is still refused', async () => {
    const { db } = await exampleDatabase();
    const text = await backupWithSettings({ reviewMinutes: 0 });
    expect(() => readBackup(db, text, AT)).toThrow(/settings, row 1: field "reviewMinutes"/);
  });
});
