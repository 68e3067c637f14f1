import { useState } from 'preact/hooks';
import { ReplaceEverywhereChoice, ReplaceEverywhereConfirm } from '../ReplaceEverywhere';
import { ConfirmActions } from './ConfirmActions';

interface RestoreOfferProps {
  fileName: string;
  /** ISO date the backup was made, or '' when the file does not say. */
  exportedAt: string;
  rows: Record<string, number>;
  busy: boolean;
  /** Sync is on: the restore may also replace what the other devices hold. */
  syncOn: boolean;
  onConfirm: (replaceEverywhere: boolean) => void;
  onCancel: () => void;
}

/** A Waymark backup was chosen where a note was expected: offer to restore it, replacing everything. */
export function RestoreOffer(props: RestoreOfferProps) {
  const [everywhere, setEverywhere] = useState(false);
  const [asking, setAsking] = useState(false);
  const replaceEverywhere = props.syncOn && everywhere;
  const made =
    props.exportedAt === '' ? 'at an unknown date' : `on ${props.exportedAt.slice(0, 10)}`;
  return (
    <section class="restore-offer" aria-labelledby="restore-offer-title">
      <h2 id="restore-offer-title">Restore this Waymark backup?</h2>
      <p>
        {props.fileName} was made {made}. Restoring replaces everything Waymark holds now with its
        contents:
      </p>
      <ul aria-label="Backup contents">
        {Object.entries(props.rows).map(([table, count]) => (
          <li key={table}>
            {table}: {count}
          </li>
        ))}
      </ul>
      <p class="muted">
        What Waymark holds now is copied first and kept until the next restore, so this can be
        undone.
      </p>
      {props.syncOn && (
        <ReplaceEverywhereChoice
          checked={everywhere}
          busy={props.busy || asking}
          onChange={setEverywhere}
        />
      )}
      {asking && replaceEverywhere ? (
        <ReplaceEverywhereConfirm
          busy={props.busy}
          onConfirm={() => props.onConfirm(true)}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <ConfirmActions
          confirm="Restore now"
          busyLabel="Restoring…"
          busy={props.busy}
          onConfirm={() => (replaceEverywhere ? setAsking(true) : props.onConfirm(false))}
          onCancel={props.onCancel}
        />
      )}
    </section>
  );
}
