import { SYNC_QUOTA_BYTES } from '../../lib/domain/sync/sync-limits';
import type { SyncStatus } from '../../lib/domain/sync/sync-status';
import { formatMoment, formatPercent } from '../format';
import { Notice } from '../Notice';

interface SyncSettingsProps {
  /** Undefined while the preference is being read. */
  enabled: boolean | undefined;
  status: SyncStatus | undefined;
  busy: boolean;
  /** Set after the user turned sync off here, so the page says what that did and did not do. */
  turnedOff: boolean;
  /** Set when the preference could not be read or saved. */
  failure?: string;
  onChange: (on: boolean) => void;
}

export const WHERE_IT_GOES =
  'Your plan, history and attached pages go through your browser’s own sync account (Chrome Sync or Firefox Sync). Nothing goes anywhere else.';

// A Map, so a crafted `what` such as "constructor" reads as itself, not as a prototype member.
const WHAT_LABEL = new Map([
  ['pages', 'Attached pages'],
  ['log', 'Finished sessions and reviews'],
  ['outline', 'Roadmap outline entries'],
  ['projects', 'Projects’ progress'],
  ['settings', 'Settings'],
]);

const number = new Intl.NumberFormat();

/** "3.8 KB", "100 KB": one decimal, none when it is zero. */
function formatKb(bytes: number): string {
  return `${Number((bytes / 1024).toFixed(1))} KB`;
}

/**
 * Settings → Sync: the switch (off until the user turns it on), where the data goes, and what the
 * engine last reported: when it synced, how much of the quota is used, what does not fit and why,
 * and any problem.
 */
export function SyncSettings(props: SyncSettingsProps) {
  const { enabled, status, busy, turnedOff, failure, onChange } = props;
  return (
    <section class="settings-section sync-settings" aria-labelledby="sync-title">
      <h2 id="sync-title">Sync</h2>
      <p id="sync-where">{WHERE_IT_GOES}</p>
      <p>
        <input
          type="checkbox"
          role="switch"
          id="sync-enabled"
          aria-describedby="sync-where"
          checked={enabled === true}
          disabled={enabled === undefined || busy}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />{' '}
        <label for="sync-enabled">Sync this browser’s Waymark data</label>
      </p>
      {failure && <Notice tone="error">{failure}</Notice>}
      {enabled === false && (
        <p role="status">
          {turnedOff
            ? 'Sync is off on this device. Data already on your other devices stays as it is, and nothing here was deleted.'
            : 'Sync is off: nothing leaves this device.'}
        </p>
      )}
      {enabled === true && <SyncReport status={status} />}
    </section>
  );
}

function SyncReport({ status }: { status: SyncStatus | undefined }) {
  if (!status) return <p role="status">Sync is on: the first sync is on its way.</p>;
  const share = formatPercent(Math.min(1, status.bytes / SYNC_QUOTA_BYTES));
  return (
    <>
      <p role="status">
        {status.lastSyncAt === undefined
          ? 'Sync is on: not synced yet.'
          : `Last synced ${formatMoment(status.lastSyncAt)}.`}
      </p>
      <p>
        <label for="sync-quota">
          {formatKb(status.bytes)} of {formatKb(SYNC_QUOTA_BYTES)} used ({share}) in{' '}
          {number.format(status.items)} {status.items === 1 ? 'item' : 'items'}
        </label>{' '}
        <progress id="sync-quota" max={SYNC_QUOTA_BYTES} value={status.bytes} />
      </p>
      {status.notSyncing.length > 0 && (
        <>
          <h3>Not syncing</h3>
          <ul class="sync-not-syncing">
            {status.notSyncing.map((entry, index) => (
              <li key={index}>
                {WHAT_LABEL.get(entry.what) ?? entry.what} ({number.format(entry.count)}):{' '}
                {entry.reason}
              </li>
            ))}
          </ul>
          <p class="muted">Everything else keeps syncing; what is listed stays on this device.</p>
        </>
      )}
      {status.problem && <Notice tone="error">Sync problem: {status.problem}</Notice>}
    </>
  );
}
