import { useState } from 'preact/hooks';
import { Notice } from '../Notice';

/** One kept backup as listed; the file itself stays in the backup database. */
export interface RollingBackupItem {
  day: string;
  createdAt: number;
  bytes: number;
  rows: Record<string, number>;
}

export interface RestoreOutcome {
  ok: boolean;
  message: string;
}

interface RollingBackupsProps {
  backups: RollingBackupItem[];
  onRestore: (day: string) => Promise<RestoreOutcome>;
}

const COUNTED = ['objectives', 'projects', 'resources', 'reviews'] as const;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function formatTaken(createdAt: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    createdAt,
  );
}

/** The daily backups kept inside the browser, each restorable after a confirmation. */
export function RollingBackups({ backups, onRestore }: RollingBackupsProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null);

  async function restore(day: string) {
    setBusy(true);
    setOutcome(await onRestore(day));
    setBusy(false);
    setConfirming(null);
  }

  return (
    <section class="settings-section" aria-labelledby="backups-title">
      <h2 id="backups-title">Automatic backups</h2>
      <p>
        Once a day Waymark copies all of its data to a separate database in this browser and keeps
        the last 7 copies. They stay on this computer: export a backup file too, to keep one
        elsewhere.
      </p>
      {backups.length === 0 ? (
        <p class="muted">No automatic backup yet: the first is made within a day of an import.</p>
      ) : (
        <ul class="backup-list" aria-label="Automatic backups">
          {backups.map((backup) => {
            const taken = formatTaken(backup.createdAt);
            return (
              <li key={backup.day} data-backup-day={backup.day}>
                <span class="backup-date">{taken}</span>{' '}
                <span class="muted">
                  {formatBytes(backup.bytes)} ·{' '}
                  {COUNTED.map((table) => `${backup.rows[table] ?? 0} ${table}`).join(', ')}
                </span>{' '}
                {confirming === backup.day ? (
                  <span role="group" aria-label={`Confirm restoring the backup of ${taken}`}>
                    Replace everything Waymark holds now with this backup?{' '}
                    <button
                      type="button"
                      class="primary"
                      disabled={busy}
                      onClick={() => void restore(backup.day)}
                    >
                      {busy ? 'Restoring…' : 'Restore now'}
                    </button>{' '}
                    <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Restore the backup of ${taken}`}
                    onClick={() => {
                      setOutcome(null);
                      setConfirming(backup.day);
                    }}
                  >
                    Restore…
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {outcome && <Notice tone={outcome.ok ? 'success' : 'error'}>{outcome.message}</Notice>}
    </section>
  );
}
