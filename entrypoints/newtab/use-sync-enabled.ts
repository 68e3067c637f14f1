import { useEffect, useState } from 'preact/hooks';
import { readSyncEnabled, watchSync, watchSyncEnabled } from '../../lib/browser/sync-preference';

/**
 * Runs `read` on mount and again whenever `watch` reports a change (by default, of the sync
 * preference or status), until unmount. `read` gets `live`, false once unmounted, so a late
 * answer is dropped.
 */
export function useSyncRead(
  read: (live: () => boolean) => Promise<unknown>,
  watch: (onChange: () => void) => () => void = watchSync,
): void {
  useEffect(() => {
    let mounted = true;
    const live = () => mounted;
    void read(live);
    const stop = watch(() => void read(live));
    return () => {
      mounted = false;
      stop();
    };
  }, []);
}

/** Whether sync is on for this device, kept current; off while unknown or unreadable. */
export function useSyncEnabled(): boolean {
  const [enabled, setEnabled] = useState(false);
  useSyncRead(
    (live) =>
      readSyncEnabled().then(
        (on) => live() && setEnabled(on),
        () => live() && setEnabled(false),
      ),
    watchSyncEnabled,
  );
  return enabled;
}
