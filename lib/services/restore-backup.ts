import type { Table } from 'dexie';
import type { WaymarkDatabase } from '../db/database';
import {
  BACKUP_TABLES,
  checkBackup,
  DERIVED_TABLES,
  type BackupTable,
  type CheckedBackup,
} from './backup-format';

export interface RestoreSummary {
  exportedAt: string;
  rows: Record<string, number>;
}

/**
 * Reads and checks a backup without writing anything, for the restore offer. A backup from before
 * phases is upgraded as it is read; `now` is when its finished projects count as learned.
 */
export function readBackup(db: WaymarkDatabase, text: string, now: Date): CheckedBackup {
  return checkBackup(text, db.verno, now.getTime());
}

export function summariseBackup(backup: CheckedBackup): RestoreSummary {
  const rows: Record<string, number> = {};
  for (const table of BACKUP_TABLES) rows[table] = backup.tables[table].length;
  return { exportedAt: backup.exportedAt, rows };
}

/**
 * Replaces every table with the backup's rows in one transaction: a failure anywhere (a duplicate
 * key, a full disk) aborts it and leaves the previous data exactly as it was.
 * dexie-export-import's importInto clears tables outside its own transaction, so rows are written
 * here instead.
 */
export async function restoreBackup(db: WaymarkDatabase, backup: CheckedBackup): Promise<void> {
  const table = (name: string) => db.table(name) as Table<Record<string, unknown>>;
  const written = [...BACKUP_TABLES, ...DERIVED_TABLES].map(table);
  await db.transaction('rw', written, async () => {
    for (const each of written) await each.clear();
    for (const name of BACKUP_TABLES) await table(name).bulkAdd(backup.tables[name as BackupTable]);
  });
}
