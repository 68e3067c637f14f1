import { clearLastAttach } from '../../lib/browser/last-attach';
import type { BackupStore } from '../../lib/db/backup-store';
import type { WaymarkDatabase } from '../../lib/db/database';
import type { CheckedBackup } from '../../lib/services/backup-format';
import { restoreRollingBackup } from '../../lib/services/rolling-backups';
import {
  restoreKeepingSafetyCopy,
  undoLastRestore,
  type RestoreOptions,
} from '../../lib/services/safety-copy';

/**
 * Every way the pages replace the user's data, each followed by what a restore makes stale: the
 * popup's Undo of the last attach would act on rows the restore replaced.
 */
export interface RestoreActions {
  restoreFile: (backup: CheckedBackup, options?: RestoreOptions) => Promise<void>;
  restoreDay: (day: string, options?: RestoreOptions) => Promise<void>;
  undoRestore: (options?: RestoreOptions) => Promise<void>;
}

export function restoreActions(db: WaymarkDatabase, store: BackupStore): RestoreActions {
  const thenForgetAttach = async (restore: Promise<void>) => {
    await restore;
    await clearLastAttach().catch(() => {});
  };
  return {
    restoreFile: (backup, options) =>
      thenForgetAttach(restoreKeepingSafetyCopy(db, store, backup, new Date(), options)),
    restoreDay: (day, options) =>
      thenForgetAttach(restoreRollingBackup(db, store, day, new Date(), options)),
    undoRestore: (options) => thenForgetAttach(undoLastRestore(db, store, new Date(), options)),
  };
}
