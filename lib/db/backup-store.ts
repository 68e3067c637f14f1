import Dexie, { type DexieOptions, type EntityTable } from 'dexie';

/** What the settings list shows of one rolling backup, without loading the file itself. */
export interface RollingBackupInfo {
  /** The local calendar day it was taken (`YYYY-MM-DD`): one backup per day at most. */
  day: string;
  createdAt: number;
  bytes: number;
  rows: Record<string, number>;
}

/** The key of the copy of the data taken before the last restore, so that restore can be undone. */
export const BEFORE_RESTORE = 'before-restore';

/** What the settings list shows of the copy taken before the last restore. */
export interface SafetyCopyInfo extends Omit<RollingBackupInfo, 'day'> {
  key: typeof BEFORE_RESTORE;
}

/** A backup file, in the same format as the manual backup download. */
export interface RollingBackupFile {
  /** The day of a daily backup, or BEFORE_RESTORE for the safety copy. */
  day: string;
  text: string;
}

export type BackupStore = Dexie & {
  backups: EntityTable<RollingBackupInfo, 'day'>;
  files: EntityTable<RollingBackupFile, 'day'>;
  safetyCopies: EntityTable<SafetyCopyInfo, 'key'>;
};

/**
 * A database of its own, so a failed upgrade, a bad restore or a corrupted table of Waymark's data
 * cannot take its backups with it. The list and the files are kept apart so listing stays cheap.
 */
export const BACKUP_DATABASE_NAME = 'waymark-backups';

export function createBackupStore(options?: DexieOptions): BackupStore {
  const store = new Dexie(BACKUP_DATABASE_NAME, options) as BackupStore;
  store.version(1).stores({ backups: 'day', files: 'day' });
  store.version(2).stores({ safetyCopies: 'key' });
  return store;
}
