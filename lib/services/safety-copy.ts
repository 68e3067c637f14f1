import { BEFORE_RESTORE, type BackupStore, type SafetyCopyInfo } from '../db/backup-store';
import type { WaymarkDatabase } from '../db/database';
import { describeStorageError } from '../db/storage-error';
import { BackupError, type CheckedBackup } from './backup-format';
import { takeCheckedCopy } from './checked-copy';
import { readBackup, restoreBackup } from './restore-backup';

interface SafetyCopy {
  info: SafetyCopyInfo;
  text: string;
}

/** What Waymark held before the last restore, if a restore ever happened. */
export async function readSafetyCopyInfo(store: BackupStore): Promise<SafetyCopyInfo | null> {
  return (await store.safetyCopies.get(BEFORE_RESTORE)) ?? null;
}

/**
 * The user's current data cannot be copied (rows an older version wrote, or a crafted file that got
 * in): a restore may still replace it, but only once the user agrees to lose what is there now.
 */
export class UncopiedDataError extends BackupError {
  constructor(reason: string) {
    super(
      `Waymark cannot keep a copy of your current data first (${reason}). You can still restore: what you have now will be replaced and cannot be brought back.`,
    );
    this.name = 'UncopiedDataError';
  }
}

export interface RestoreOptions {
  /** The user agreed to restore although the current data cannot be copied (UncopiedDataError). */
  withoutCopy?: boolean;
  /** The user chose to make the restored data what every device signed in to sync holds. */
  replaceEverywhere?: boolean;
}

/**
 * Replaces all of the user's data with `backup`, keeping what it replaces as the safety copy, so
 * a restore of the wrong file can be undone. No copy, no restore: a copy that cannot be written
 * (disk full) refuses the restore, and current data that cannot be copied refuses it until the
 * user agrees (`withoutCopy`), so nobody is ever locked out by data Waymark cannot back up. A
 * failed restore changes nothing and keeps the earlier copy.
 */
export async function restoreKeepingSafetyCopy(
  db: WaymarkDatabase,
  store: BackupStore,
  backup: CheckedBackup,
  now: Date,
  options: RestoreOptions = {},
): Promise<void> {
  const current = await copyOf(db, now).catch((error: unknown) => {
    if (error instanceof BackupError && options.withoutCopy) return null;
    throw error instanceof BackupError ? new UncopiedDataError(error.message) : error;
  });
  const earlier = await readSafetyCopy(store);
  if (current) {
    try {
      await writeSafetyCopy(store, current);
    } catch (error) {
      throw new BackupError(
        `Waymark could not keep a copy of your current data first. ${describeStorageError(error)}`,
      );
    }
  }
  try {
    await restoreBackup(db, backup, options.replaceEverywhere);
  } catch (error) {
    // The data is untouched: the copy of it is not needed, the earlier one still is.
    if (current)
      await (earlier ? writeSafetyCopy(store, earlier) : dropSafetyCopy(store)).catch(() => {});
    throw error;
  }
  // Undo puts back what was there just before: without a copy of that, there is nothing to undo.
  if (!current) await dropSafetyCopy(store);
}

/**
 * Puts back what Waymark held before the last restore. The data it replaces becomes the safety
 * copy in turn, so undoing twice is a redo.
 */
export async function undoLastRestore(
  db: WaymarkDatabase,
  store: BackupStore,
  now: Date,
  options: RestoreOptions = {},
): Promise<void> {
  const copy = await readSafetyCopy(store);
  if (!copy) throw new BackupError('there is no restore to undo');
  await restoreKeepingSafetyCopy(db, store, readBackup(db, copy.text, now), now, options);
}

async function copyOf(db: WaymarkDatabase, now: Date): Promise<SafetyCopy> {
  const { text, ...listed } = await takeCheckedCopy(db, now);
  return { info: { key: BEFORE_RESTORE, ...listed }, text };
}

function readSafetyCopy(store: BackupStore): Promise<SafetyCopy | null> {
  return store.transaction('r', store.safetyCopies, store.files, async () => {
    const info = await store.safetyCopies.get(BEFORE_RESTORE);
    const file = await store.files.get(BEFORE_RESTORE);
    return info && file ? { info, text: file.text } : null;
  });
}

function writeSafetyCopy(store: BackupStore, copy: SafetyCopy): Promise<void> {
  return store.transaction('rw', store.safetyCopies, store.files, async () => {
    await store.safetyCopies.put(copy.info);
    await store.files.put({ day: BEFORE_RESTORE, text: copy.text });
  });
}

function dropSafetyCopy(store: BackupStore): Promise<void> {
  return store.transaction('rw', store.safetyCopies, store.files, async () => {
    await store.safetyCopies.delete(BEFORE_RESTORE);
    await store.files.delete(BEFORE_RESTORE);
  });
}
