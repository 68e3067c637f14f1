export type PersistenceStatus = 'checking' | 'granted' | 'not-granted' | 'unsupported';

interface PersistentStorageStatusProps {
  status: PersistenceStatus;
  /** Set once the user asked and the browser said no, so the answer is not silent. */
  refused: boolean;
  busy: boolean;
  onRequest: () => void;
}

const EXPLANATION: Record<PersistenceStatus, string> = {
  checking: 'Checking whether the browser keeps Waymark’s data…',
  granted: 'Persistent storage is on: the browser will not delete Waymark’s data to free space.',
  'not-granted':
    'Persistent storage is off: if the disk runs low, the browser may delete Waymark’s data. Ask it to keep the data, and export a backup now and then.',
  unsupported:
    'This browser does not say whether it keeps Waymark’s data when the disk runs low. Export a backup now and then.',
};

export function PersistentStorageStatus(props: PersistentStorageStatusProps) {
  const { status, refused, busy, onRequest } = props;
  return (
    <section class="settings-section" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      <p role="status">
        {EXPLANATION[status]}
        {refused &&
          status === 'not-granted' &&
          ' The browser declined this time; it often grants it to sites and extensions you use a lot.'}
      </p>
      {status === 'not-granted' && (
        <button type="button" onClick={onRequest} disabled={busy}>
          Ask the browser to keep Waymark’s data
        </button>
      )}
    </section>
  );
}
