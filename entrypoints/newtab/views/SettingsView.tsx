import '../../../components/views.css';
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../../../components/Notice';
import {
  PersistentStorageStatus,
  type PersistenceStatus,
} from '../../../components/settings/PersistentStorageStatus';
import { RollingBackups, type RestoreOutcome } from '../../../components/settings/RollingBackups';
import { SettingsForm, type SaveOutcome } from '../../../components/settings/SettingsForm';
import { readPersistence, requestPersistence } from '../../../lib/browser/persistent-storage';
import { createBackupStore } from '../../../lib/db/backup-store';
import type { WaymarkDatabase } from '../../../lib/db/database';
import { readSettings } from '../../../lib/db/settings-repository';
import { describeStorageError } from '../../../lib/db/storage-error';
import { epochToDay } from '../../../lib/domain/schedule/day-index';
import type { SettingsPatch } from '../../../lib/domain/settings/validate-settings';
import { BackupError } from '../../../lib/services/backup-format';
import { listRollingBackups, restoreRollingBackup } from '../../../lib/services/rolling-backups';
import { updateSettings } from '../../../lib/services/update-settings';
import { useLiveQuery } from '../../../lib/ui/use-live-query';

export function SettingsView({ db }: { db: WaymarkDatabase }) {
  const [now] = useState(() => Date.now());
  const state = useLiveQuery(() => readSettings(db), [db]);
  const storage = usePersistentStorage();
  const [backupStore] = useState(() => createBackupStore());
  const backups = useLiveQuery(() => listRollingBackups(backupStore), [backupStore]);

  async function restore(day: string): Promise<RestoreOutcome> {
    try {
      await restoreRollingBackup(db, backupStore, day);
      return { ok: true, message: 'Backup restored: Waymark now holds exactly what it held then.' };
    } catch (error) {
      const message = error instanceof BackupError ? error.message : describeStorageError(error);
      return { ok: false, message: `Nothing was restored: ${message}` };
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
      <PersistentStorageStatus {...storage} />
      {backups.status === 'error' ? (
        <Notice tone="error">{backups.message}</Notice>
      ) : backups.status === 'ready' ? (
        <RollingBackups backups={backups.value} onRestore={restore} />
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
