import Dexie, { type DexieOptions, type EntityTable } from 'dexie';

/** What the settings list shows of one rolling backup, without loading the file itself. */
export interface RollingBackupInfo {
  /** The local calendar day it was taken (`YYYY-MM-DD`): one backup per day at most. */
  day: string;
  createdAt: number;
  bytes: number;
  rows: Record<string, number>;
}

/** The backup file, in the same format as the manual backup download. */
export interface RollingBackupFile {
  day: string;
  text: string;
}

export type BackupStore = Dexie & {
  backups: EntityTable<RollingBackupInfo, 'day'>;
  files: EntityTable<RollingBackupFile, 'day'>;
};

/**
 * A database of its own, so a failed upgrade, a bad restore or a corrupted table of Waymark's data
 * cannot take its backups with it. The list and the files are kept apart so listing stays cheap.
 */
export const BACKUP_DATABASE_NAME = 'waymark-backups';

export function createBackupStore(options?: DexieOptions): BackupStore {
  const store = new Dexie(BACKUP_DATABASE_NAME, options) as BackupStore;
  store.version(1).stores({ backups: 'day', files: 'day' });
  return store;
}
