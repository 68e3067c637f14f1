import { useEffect, useState } from 'preact/hooks';
import { readSyncEnabled, watchSync } from '../../lib/browser/sync-preference';

/** Whether sync is on for this device, kept current; off while unknown or unreadable. */
export function useSyncEnabled(): boolean {
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    let live = true;
    const read = () =>
      readSyncEnabled().then(
        (on) => live && setEnabled(on),
        () => live && setEnabled(false),
      );
    void read();
    const stop = watchSync(() => void read());
    return () => {
      live = false;
      stop();
    };
  }, []);
  return enabled;
}
