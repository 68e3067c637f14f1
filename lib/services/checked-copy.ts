import type { WaymarkDatabase } from '../db/database';
import { backupDatabase } from './backup-database';
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
 * be restored is refused here, loudly, before anything relies on it.
 */
export async function takeCheckedCopy(db: WaymarkDatabase, now: Date): Promise<CheckedCopy> {
  const { text } = await backupDatabase(db, now);
  const { rows } = summariseBackup(readBackup(db, text, now));
  return { text, createdAt: now.getTime(), bytes: new Blob([text]).size, rows };
}
