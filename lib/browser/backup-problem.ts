import { storedValue } from './stored-value';

/** Why the last automatic backup failed, until one succeeds. */
export interface BackupProblem {
  at: number;
  message: string;
}

/**
 * Kept in extension storage, not IndexedDB: a backup that failed for lack of room in IndexedDB
 * must still be able to say so.
 */
const backupProblem = storedValue<BackupProblem>('local', 'waymark:backup-problem');

export const readBackupProblem = backupProblem.read;
export const saveBackupProblem = backupProblem.save;
export const clearBackupProblem = backupProblem.clear;
