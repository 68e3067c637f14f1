import type { WaymarkDatabase } from '../db/database';
import type { UserRows } from '../domain/rows/data-problem';
import type { UserTable } from '../domain/rows/user-tables';
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
  checkTables(await readUserRows(db));
  const { text } = await backupDatabase(db, now);
  const { rows } = summariseBackup(readBackup(db, text, now));
  return { text, createdAt: now.getTime(), bytes: new Blob([text]).size, rows };
}

async function readUserRows(db: WaymarkDatabase): Promise<UserRows> {
  const tables = BACKUP_TABLES.map((name) => db.table(name));
  return db.transaction('r', tables, async () => {
    const rows = {} as UserRows;
    for (const table of tables) rows[table.name as UserTable] = await table.toArray();
    return rows;
  });
}
