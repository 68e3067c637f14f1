import '../../../components/views.css';
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../../../components/Notice';
import {
  PersistentStorageStatus,
  type PersistenceStatus,
} from '../../../components/settings/PersistentStorageStatus';
import { RollingBackups, type BackupOutcome } from '../../../components/settings/RollingBackups';
import { SettingsForm, type SaveOutcome } from '../../../components/settings/SettingsForm';
import { LeftOutObjectives } from '../../../components/settings/LeftOutObjectives';
import { NoteFileSettings } from '../../../components/settings/NoteFileSettings';
import { SyncSettings } from '../../../components/settings/SyncSettings';
import {
  clearBackupProblem,
  readBackupProblem,
  type BackupProblem,
} from '../../../lib/browser/backup-problem';
import { readPersistence, requestPersistence } from '../../../lib/browser/persistent-storage';
import { createBackupStore } from '../../../lib/db/backup-store';
import type { WaymarkDatabase } from '../../../lib/db/database';
import { readSettings } from '../../../lib/db/settings-repository';
import { describeStorageError } from '../../../lib/db/storage-error';
import { epochToDay } from '../../../lib/domain/schedule/day-index';
import type { SettingsPatch } from '../../../lib/domain/settings/validate-settings';
import { describeFailure } from '../../../lib/services/user-error';
import { listRollingBackups, takeRollingBackup } from '../../../lib/services/rolling-backups';
import {
  readSafetyCopyInfo,
  UncopiedDataError,
  type RestoreOptions,
} from '../../../lib/services/safety-copy';
import { updateSettings } from '../../../lib/services/update-settings';
import { useLiveQuery } from '../../../lib/ui/use-live-query';
import { restoreActions } from '../restore-actions';
import { useLeftOutObjectives } from './use-left-out-objectives';
import { useNoteFileSettings } from './use-note-file-settings';
import { useSyncSettings } from './use-sync-settings';

export function SettingsView({ db }: { db: WaymarkDatabase }) {
  const [now] = useState(() => Date.now());
  const state = useLiveQuery(() => readSettings(db), [db]);
  const storage = usePersistentStorage();
  const sync = useSyncSettings();
  const noteFile = useNoteFileSettings(db);
  const leftOut = useLeftOutObjectives(
    db,
    state.status === 'ready' ? state.value : null,
    noteFile.link !== null,
  );
  const [backupStore] = useState(() => createBackupStore());
  const [restore] = useState(() => restoreActions(db, backupStore));
  const backups = useLiveQuery(
    async () => ({
      list: await listRollingBackups(backupStore),
      beforeRestore: await readSafetyCopyInfo(backupStore),
    }),
    [backupStore],
  );
  const [problem, setProblem] = useState<BackupProblem | null>(null);
  useEffect(() => {
    void readBackupProblem().then(setProblem, () => setProblem(null));
  }, []);

  /**
   * Runs a restore (or its undo) and says how it went. When the current data cannot be copied
   * first, the outcome offers to go ahead without the copy.
   */
  async function restoring(
    act: (options: RestoreOptions) => Promise<void>,
    done: string,
    options: RestoreOptions = {},
  ): Promise<BackupOutcome> {
    try {
      await act(options);
      const kept = options.withoutCopy
        ? 'What it replaced could not be kept.'
        : 'What it replaced is kept under "Before the last restore".';
      const everywhere = options.replaceEverywhere
        ? ' Your other devices will hold the same once they sync.'
        : '';
      return { ok: true, message: `${done}${everywhere} ${kept}` };
    } catch (error) {
      const outcome = {
        ok: false,
        message: `Nothing was restored: ${describeFailure(error)}`,
      };
      if (!(error instanceof UncopiedDataError)) return outcome;
      return {
        ...outcome,
        goAhead: () => restoring(act, done, { ...options, withoutCopy: true }),
      };
    }
  }

  async function retryBackup(): Promise<BackupOutcome> {
    try {
      // Nothing taken means today's backup exists already (or there is nothing to protect).
      await takeRollingBackup(db, backupStore, new Date());
      await clearBackupProblem();
      setProblem(null);
      return { ok: true, message: 'Backed up: today’s copy is kept.' };
    } catch (error) {
      return { ok: false, message: `The backup failed again: ${describeFailure(error)}` };
    }
  }

  async function save(patch: SettingsPatch): Promise<SaveOutcome> {
    try {
      const result = await updateSettings(db, patch, Date.now());
      return result.ok ? { ok: true, rescheduled: result.rescheduled } : result;
    } catch (error) {
      return { ok: false, message: describeStorageError(error) };
    }
  }

  return (
    <section class="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {state.status === 'error' ? (
        <Notice tone="error">{state.message}</Notice>
      ) : state.status === 'ready' ? (
        <SettingsForm settings={state.value} today={epochToDay(now)} onSave={save} />
      ) : null}
      <NoteFileSettings {...noteFile} />
      <LeftOutObjectives {...leftOut} />
      <SyncSettings {...sync} />
      <PersistentStorageStatus {...storage} />
      {backups.status === 'error' ? (
        <Notice tone="error">{backups.message}</Notice>
      ) : backups.status === 'ready' ? (
        <RollingBackups
          backups={backups.value.list}
          beforeRestore={backups.value.beforeRestore}
          problem={problem}
          syncOn={sync.enabled === true}
          onRestore={(day, replaceEverywhere) =>
            restoring(
              (options) => restore.restoreDay(day, options),
              'Backup restored: Waymark now holds exactly what it held then.',
              { replaceEverywhere },
            )
          }
          onUndoRestore={(replaceEverywhere) =>
            restoring(
              restore.undoRestore,
              'Restore undone: Waymark holds again what it held before.',
              { replaceEverywhere },
            )
          }
          onRetryBackup={retryBackup}
        />
      ) : null}
    </section>
  );
}

function usePersistentStorage() {
  const [status, setStatus] = useState<PersistenceStatus>('checking');
  const [refused, setRefused] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void readPersistence().then(setStatus);
  }, []);
  async function onRequest() {
    setBusy(true);
    const answer = await requestPersistence();
    setBusy(false);
    setStatus(answer);
    setRefused(answer === 'not-granted');
  }
  return { status, refused, busy, onRequest: () => void onRequest() };
}
