import { BEFORE_RESTORE, type BackupStore, type RollingBackupInfo } from '../db/backup-store';
import type { WaymarkDatabase } from '../db/database';
import { epochToDay } from '../domain/schedule/day-index';
import { BackupError } from './backup-format';
import { takeCheckedCopy } from './checked-copy';
import { readBackup } from './restore-backup';
import { restoreKeepingSafetyCopy, type RestoreOptions } from './safety-copy';

/** A week of daily backups: enough to go back before a bad import noticed days later. */
export const KEPT_BACKUPS = 7;

/**
 * Takes today's backup of the user's data unless one was taken today already or there is nothing
 * to protect yet, and drops the oldest beyond KEPT_BACKUPS. The new backup and the pruning are one
 * transaction: a failed write (disk full) keeps every earlier backup. Never replaces today's: a
 * copy taken after a mistake must not push out the one from before it.
 */
export async function takeRollingBackup(
  db: WaymarkDatabase,
  store: BackupStore,
  now: Date,
): Promise<RollingBackupInfo | null> {
  const day = epochToDay(now.getTime());
  if (await store.backups.get(day)) return null;
  if ((await db.roadmaps.count()) === 0) return null;
  const { text, ...listed } = await takeCheckedCopy(db, now);
  const info: RollingBackupInfo = { day, ...listed };
  return store.transaction('rw', store.backups, store.files, async () => {
    // Another context (the worker woken twice) may have taken it while this one was exporting.
    if (await store.backups.get(day)) return null;
    await store.backups.add(info);
    await store.files.add({ day, text });
    const dropped = await store.backups.orderBy('day').reverse().offset(KEPT_BACKUPS).primaryKeys();
    await store.backups.bulkDelete(dropped);
    await store.files.bulkDelete(dropped);
    return info;
  });
}

/** The kept backups, newest first. */
export function listRollingBackups(store: BackupStore): Promise<RollingBackupInfo[]> {
  return store.backups.orderBy('day').reverse().toArray();
}

/**
 * Replaces all of the user's data with one kept backup, all or nothing (see restoreBackup),
 * keeping what it replaces so the restore can be undone (see restoreKeepingSafetyCopy).
 */
export async function restoreRollingBackup(
  db: WaymarkDatabase,
  store: BackupStore,
  day: string,
  now: Date,
  options: RestoreOptions = {},
): Promise<void> {
  const file = await store.files.get(day);
  if (!file || day === BEFORE_RESTORE)
    throw new BackupError(`the backup of ${day} is no longer kept`);
  await restoreKeepingSafetyCopy(db, store, readBackup(db, file.text, now), now, options);
}

/**
 * For the service worker: takes the day's backup now (the worker starts with the browser and
 * wakes often) and returns the same task for the daily alarm. Each try reports how it went, so a
 * failure is shown to the user until a later backup succeeds.
 */
export function keepRollingBackups(
  db: WaymarkDatabase,
  store: BackupStore,
  now: () => Date,
  report: { onSuccess: () => void; onError: (error: unknown) => void },
): () => Promise<void> {
  const take = () =>
    takeRollingBackup(db, store, now()).then(
      () => report.onSuccess(),
      (error: unknown) => report.onError(error),
    );
  void take();
  return take;
}
