import { useRef, useState } from 'preact/hooks';
import type { SyncStatus } from '../../../lib/domain/sync/sync-status';
import {
  readSyncEnabled,
  readSyncStatus,
  setSyncEnabled,
} from '../../../lib/browser/sync-preference';
import { useSyncRead } from '../use-sync-enabled';

const UNREADABLE =
  'Waymark could not read this device’s sync setting. Reload the page to try again.';
const UNSAVED = 'Waymark could not save the sync setting. Nothing was changed; try again.';

/**
 * The sync switch and the engine's last report, kept current while Settings is open: the engine
 * in the service worker writes its status, and another Waymark page may flip the switch.
 */
export function useSyncSettings() {
  const [enabled, setEnabled] = useState<boolean>();
  const [status, setStatus] = useState<SyncStatus>();
  const [busy, setBusy] = useState(false);
  const [turnedOff, setTurnedOff] = useState(false);
  const [failure, setFailure] = useState<string>();
  // A read started before the user's last change would put the old setting back: dropped. The
  // change's own storage event starts a fresh read.
  const changes = useRef(0);

  useSyncRead((live) => {
    const startedAfter = changes.current;
    return Promise.all([readSyncEnabled(), readSyncStatus()]).then(
      ([on, report]) => {
        if (!live() || startedAfter !== changes.current) return;
        setEnabled(on);
        setStatus(report);
      },
      () => live() && setFailure(UNREADABLE),
    );
  });

  async function change(on: boolean) {
    changes.current += 1;
    setBusy(true);
    setFailure(undefined);
    try {
      await setSyncEnabled(on);
      setEnabled(on);
      setTurnedOff(!on);
    } catch {
      setFailure(UNSAVED);
    } finally {
      setBusy(false);
    }
  }

  return { enabled, status, busy, turnedOff, failure, onChange: (on: boolean) => void change(on) };
}
