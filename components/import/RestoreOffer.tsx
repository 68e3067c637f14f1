import { ConfirmActions } from './ConfirmActions';

interface RestoreOfferProps {
  fileName: string;
  /** ISO date the backup was made, or '' when the file does not say. */
  exportedAt: string;
  rows: Record<string, number>;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A Waymark backup was chosen where a note was expected: offer to restore it, replacing everything. */
export function RestoreOffer(props: RestoreOfferProps) {
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
      <ConfirmActions
        confirm="Restore now"
        busyLabel="Restoring…"
        busy={props.busy}
        onConfirm={props.onConfirm}
        onCancel={props.onCancel}
      />
    </section>
  );
}
