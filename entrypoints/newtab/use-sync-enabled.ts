import { useEffect, useState } from 'preact/hooks';
import { readSyncEnabled, watchSync } from '../../lib/browser/sync-preference';

/**
 * Runs `read` on mount and again whenever the sync preference or status changes, until unmount.
 * `read` gets `live`, false once unmounted, so a late answer is dropped.
 */
export function useSyncRead(read: (live: () => boolean) => Promise<unknown>): void {
  useEffect(() => {
    let mounted = true;
    const live = () => mounted;
    void read(live);
    const stop = watchSync(() => void read(live));
    return () => {
      mounted = false;
      stop();
    };
  }, []);
}

/** Whether sync is on for this device, kept current; off while unknown or unreadable. */
export function useSyncEnabled(): boolean {
  const [enabled, setEnabled] = useState(false);
  useSyncRead((live) =>
    readSyncEnabled().then(
      (on) => live() && setEnabled(on),
      () => live() && setEnabled(false),
    ),
  );
  return enabled;
}
