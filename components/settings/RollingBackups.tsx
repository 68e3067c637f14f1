import { useState } from 'preact/hooks';
import { ConsentNotice } from '../ConsentNotice';
import { Notice } from '../Notice';
import { ReplaceEverywhereChoice, ReplaceEverywhereConfirm } from '../ReplaceEverywhere';
import { formatMoment } from '../format';

/** One kept copy as listed; the file itself stays in the backup database. */
export interface BackupItem {
  createdAt: number;
  bytes: number;
  rows: Record<string, number>;
}

export interface RollingBackupItem extends BackupItem {
  day: string;
}

export interface BackupOutcome {
  ok: boolean;
  message: string;
  /** Offered when Waymark stopped short of something the user may still want done anyway. */
  goAhead?: () => Promise<BackupOutcome>;
}

interface RollingBackupsProps {
  backups: RollingBackupItem[];
  /** What Waymark held before the last restore: restoring it undoes that restore. */
  beforeRestore: BackupItem | null;
  /** Why the last automatic backup failed, until one succeeds. */
  problem: { at: number; message: string } | null;
  /** Sync is on: a restore may also replace what the other devices hold. */
  syncOn: boolean;
  onRestore: (day: string, replaceEverywhere: boolean) => Promise<BackupOutcome>;
  onUndoRestore: (replaceEverywhere: boolean) => Promise<BackupOutcome>;
  /** Tries the failed automatic backup again, from the page. */
  onRetryBackup: () => Promise<BackupOutcome>;
}

const COUNTED = ['objectives', 'projects', 'resources', 'reviews'] as const;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The daily backups kept inside the browser and the copy taken before the last restore, each
 * restorable after a confirmation; a failed automatic backup is shown until one succeeds.
 */
export function RollingBackups(props: RollingBackupsProps) {
  const { backups, beforeRestore, problem } = props;
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);

  const goAhead = outcome?.goAhead;

  async function act(action: () => Promise<BackupOutcome>) {
    setBusy(true);
    setOutcome(null);
    setOutcome(await action());
    setBusy(false);
    setConfirming(null);
  }

  // One row per copy; `key` tells which row is asking for confirmation.
  const row = (
    key: string,
    item: BackupItem,
    label: string,
    verb: string,
    restore: (replaceEverywhere: boolean) => Promise<BackupOutcome>,
  ) => (
    <BackupRow
      item={item}
      label={label}
      verb={verb}
      confirming={confirming === key}
      busy={busy}
      syncOn={props.syncOn}
      onAsk={() => {
        setOutcome(null);
        setConfirming(key);
      }}
      onCancel={() => setConfirming(null)}
      onConfirm={(replaceEverywhere) => void act(() => restore(replaceEverywhere))}
    />
  );

  return (
    <section class="settings-section" aria-labelledby="backups-title">
      <h2 id="backups-title">Automatic backups</h2>
      <p>
        Once a day Waymark copies all of its data to a separate database in this browser and keeps
        the last 7 copies. They stay on this computer: export a backup file too, to keep one
        elsewhere.
      </p>
      {problem && (
        <>
          <Notice tone="error">
            The automatic backup of {formatMoment(problem.at)} failed: {problem.message} The earlier
            backups are kept.
          </Notice>
          <p>
            <button type="button" disabled={busy} onClick={() => void act(props.onRetryBackup)}>
              Try the backup again
            </button>
          </p>
        </>
      )}
      {beforeRestore && (
        <div class="backup-undo">
          <h3>Before the last restore</h3>
          <ul class="backup-list" aria-label="Before the last restore">
            <li>
              {row(
                'undo',
                beforeRestore,
                `Undo the last restore: go back to the data of ${formatMoment(beforeRestore.createdAt)}`,
                'Undo restore',
                props.onUndoRestore,
              )}
            </li>
          </ul>
        </div>
      )}
      {backups.length === 0 ? (
        <p class="muted">No automatic backup yet: the first is made within a day of an import.</p>
      ) : (
        <ul class="backup-list" aria-label="Automatic backups">
          {backups.map((backup) => (
            <li key={backup.day} data-backup-day={backup.day}>
              {row(
                backup.day,
                backup,
                `Restore the backup of ${formatMoment(backup.createdAt)}`,
                'Restore',
                (replaceEverywhere) => props.onRestore(backup.day, replaceEverywhere),
              )}
            </li>
          ))}
        </ul>
      )}
      {goAhead && outcome ? (
        <ConsentNotice
          message={outcome.message}
          confirm="Restore without a copy"
          busy={busy}
          onConfirm={() => void act(goAhead)}
          onCancel={() => setOutcome(null)}
        />
      ) : (
        outcome && <Notice tone={outcome.ok ? 'success' : 'error'}>{outcome.message}</Notice>
      )}
    </section>
  );
}

interface BackupRowProps {
  item: BackupItem;
  /** The accessible name of the button that asks for confirmation. */
  label: string;
  /** What the row's buttons say: "Restore…" asks, "Restore now" confirms. */
  verb: string;
  confirming: boolean;
  busy: boolean;
  syncOn: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: (replaceEverywhere: boolean) => void;
}

function BackupRow({ item, label, verb, confirming, busy, syncOn, ...on }: BackupRowProps) {
  const taken = formatMoment(item.createdAt);
  return (
    <>
      <span class="backup-date">{taken}</span>{' '}
      <span class="muted">
        {formatBytes(item.bytes)} ·{' '}
        {COUNTED.map((table) => `${item.rows[table] ?? 0} ${table}`).join(', ')}
      </span>{' '}
      {confirming ? (
        <ConfirmRow label={label} verb={verb} busy={busy} syncOn={syncOn} {...on} />
      ) : (
        <button type="button" disabled={busy} aria-label={label} onClick={on.onAsk}>
          {verb}…
        </button>
      )}
    </>
  );
}

type ConfirmRowProps = Pick<
  BackupRowProps,
  'label' | 'verb' | 'busy' | 'syncOn' | 'onCancel' | 'onConfirm'
>;

/** The row's confirmation; with "replace everywhere" ticked, a second one before it goes ahead. */
function ConfirmRow({ label, verb, busy, syncOn, onCancel, onConfirm }: ConfirmRowProps) {
  const [everywhere, setEverywhere] = useState(false);
  const [asking, setAsking] = useState(false);
  const replaceEverywhere = syncOn && everywhere;
  return (
    <div class="backup-confirm" role="group" aria-label={`Confirm: ${label}`}>
      Replace everything Waymark holds now with this copy?{' '}
      {asking && replaceEverywhere ? (
        <ReplaceEverywhereConfirm
          busy={busy}
          onConfirm={() => onConfirm(true)}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <>
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() => (replaceEverywhere ? setAsking(true) : onConfirm(false))}
          >
            {busy ? 'Restoring…' : `${verb} now`}
          </button>{' '}
          <button type="button" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
      {syncOn && (
        <ReplaceEverywhereChoice
          checked={everywhere}
          busy={busy || asking}
          onChange={setEverywhere}
        />
      )}
    </div>
  );
}
