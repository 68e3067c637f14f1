import type { Table } from 'dexie';
import type { WaymarkDatabase } from '../db/database';
import { forgetSyncBaseline, requestReplaceEverywhere } from '../db/sync-replica';
import { isRecord } from '../domain/rows/row-checks';
import {
  BACKUP_TABLES,
  BackupError,
  checkBackup,
  DERIVED_TABLES,
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
 * here instead. Before the transaction commits, the rows as stored are read back and must equal
 * the checked backup's (as an export would write them), so a restore can never leave data that
 * Waymark cannot back up again. With `replaceEverywhere`, the next sync makes these rows what every
 * device holds instead of merging them.
 */
export async function restoreBackup(
  db: WaymarkDatabase,
  backup: CheckedBackup,
  replaceEverywhere = false,
): Promise<void> {
  const table = (name: string) => db.table(name) as Table<Record<string, unknown>>;
  const written = [...BACKUP_TABLES, ...DERIVED_TABLES].map(table);
  await db.transaction('rw', [...written, db.syncReplica], async () => {
    // Either sync takes these rows to every device on its next run, or it forgets what it last
    // saw here, so its next run pulls before it pushes anything and only merges.
    if (replaceEverywhere) await requestReplaceEverywhere(db, () => crypto.randomUUID());
    else await forgetSyncBaseline(db);
    for (const each of written) await each.clear();
    for (const name of BACKUP_TABLES) await table(name).bulkAdd(backup.tables[name]);
    const stored = {} as CheckedBackup['tables'];
    for (const name of BACKUP_TABLES) stored[name] = await table(name).toArray();
    if (!sameRows(stored, backup.tables))
      throw new BackupError(
        'the restored data did not read back as it was written; nothing was changed',
      );
  });
}

/** Equal as an export would write them: JSON leaves out fields that are undefined. */
function sameRows(a: CheckedBackup['tables'], b: CheckedBackup['tables']): boolean {
  const written = (rows: Record<string, unknown>[]) => rows.map(canonicalJson).sort().join('\n');
  return BACKUP_TABLES.every((name) => written(a[name]) === written(b[name]));
}

/** JSON with every object's keys in order, so field order never counts as a difference. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((key) => [key, inner[key]]),
        )
      : inner,
  );
}
