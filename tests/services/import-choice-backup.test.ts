import { describe, expect, it } from 'vitest';
import { readSettings } from '../../lib/db/settings-repository';
import { backupDatabase } from '../../lib/services/backup-database';
import { BackupError } from '../../lib/services/backup-format';
import { readBackup, restoreBackup } from '../../lib/services/restore-backup';
import { updateSettings } from '../../lib/services/update-settings';
import { exampleDatabase } from '../support/example-database';
import { NOW } from '../support/test-database';

const AT = new Date(NOW);

const CHOICE = {
  leftOutObjectives: ['ML Infra / AI Infra', 'Contents › Team'],
  obsidianVault: 'Work vault',
  obsidianFile: 'Learning/Roadmap #2.md',
};

type Json = { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };

/** A backup of the example with the choice saved, its settings row changed by `change`. */
async function backupWith(change: Record<string, unknown> = {}) {
  const { db } = await exampleDatabase();
  expect((await updateSettings(db, CHOICE, NOW)).ok).toBe(true);
  const json = JSON.parse((await backupDatabase(db, AT)).text) as Json;
  const settings = json.data.data.find((t) => t.tableName === 'settings')!;
  settings.rows = settings.rows.map((row) => ({ ...row, ...change }));
  return { db, text: JSON.stringify(json) };
}

describe('objectives left out and the Obsidian note in backups', () => {
  it('round-trip through a backup', async () => {
    const { text } = await backupWith();
    const { db } = await exampleDatabase();
    await restoreBackup(db, readBackup(db, text, AT));
    expect(await readSettings(db)).toMatchObject(CHOICE);
  });

  it('a backup from before these settings restores with their defaults', async () => {
    const { text } = await backupWith();
    const json = JSON.parse(text) as Json;
    const settings = json.data.data.find((t) => t.tableName === 'settings')!;
    const added = new Set(['leftOutObjectives', 'obsidianVault', 'obsidianFile']);
    const older = (fields: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(fields).filter(([key]) => !added.has(key)));
    // dexie-export-import notes in `$types` which fields hold arrays.
    settings.rows = settings.rows.map((row) => ({
      ...older(row),
      $types: older(row.$types as Record<string, unknown>),
    }));
    const { db } = await exampleDatabase();
    await restoreBackup(db, readBackup(db, JSON.stringify(json), AT));
    expect(await readSettings(db)).toMatchObject({
      leftOutObjectives: [],
      obsidianVault: '',
      obsidianFile: '',
    });
  });

  it.each([
    ['leftOutObjectives', 'ML Infra'],
    ['leftOutObjectives', [1, 2]],
    ['leftOutObjectives', ['y'.repeat(501)]],
    ['leftOutObjectives', Array.from({ length: 501 }, (_, i) => `O${i}`)],
    ['obsidianVault', { name: 'vault' }],
    ['obsidianFile', 'f'.repeat(501)],
    ['obsidianFile', 'line\r\nbreak.md'],
  ])('refuses a backup whose %s is %j', async (field, value) => {
    const { db, text } = await backupWith({ [field]: value });
    expect(() => readBackup(db, text, AT)).toThrow(BackupError);
  });
});
