import type { WaymarkDatabase } from '../db/database';
import type { UserRows } from '../domain/rows/data-problem';
import type { UserTable } from '../domain/rows/user-tables';
import { upgradeSettingsRow } from '../domain/settings/upgrade-settings-row';
import { backupDatabase } from './backup-database';
import { BACKUP_TABLES, checkTables } from './backup-format';
import { readBackup, summariseBackup } from './restore-backup';

/** A copy of the user's data kept in the backup database, and what a list shows of it. */
export interface CheckedCopy {
  text: string;
  createdAt: number;
  bytes: number;
  rows: Record<string, number>;
}

/**
 * The user's data as a backup file, read back as a restore would read it: a copy that could not
 * be restored is refused here, loudly, before anything relies on it. The stored rows are checked
 * first, so a refusal names the row and field as they are stored, not as the export wrote them.
 */
export async function takeCheckedCopy(db: WaymarkDatabase, now: Date): Promise<CheckedCopy> {
  await checkStoredRows(db);
  const { text } = await backupDatabase(db, now);
  const { rows } = summariseBackup(readBackup(db, text, now));
  return { text, createdAt: now.getTime(), bytes: new Blob([text]).size, rows };
}

/** Throws a BackupError naming the first stored row a restore of this data would refuse. */
export async function checkStoredRows(db: WaymarkDatabase): Promise<void> {
  const tables = BACKUP_TABLES.map((name) => db.table(name));
  const rows = await db.transaction('r', tables, async () => {
    const read = {} as UserRows;
    for (const table of tables) read[table.name as UserTable] = await table.toArray();
    return read;
  });
  // Settings an older version stored are judged as Waymark reads them now.
  checkTables({ ...rows, settings: rows.settings.map(upgradeSettingsRow) });
}
