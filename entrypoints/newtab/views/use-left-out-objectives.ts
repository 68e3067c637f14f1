import { useState } from 'preact/hooks';
import type { WaymarkDatabase } from '../../../lib/db/database';
import type { Settings } from '../../../lib/domain/types';
import { takeObjectiveBackIn } from '../../../lib/services/take-objective-back-in';
import { describeFailure } from '../../../lib/services/user-error';

/** Settings → Left out of imports: the stored choice, and taking an objective back in. */
export function useLeftOutObjectives(
  db: WaymarkDatabase,
  settings: Settings | null,
  linked: boolean,
) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  return {
    titles: settings?.leftOutObjectives ?? [],
    linked,
    busy,
    message,
    onTakeBack: (title: string) => {
      setBusy(true);
      setMessage(null);
      void (async () => {
        try {
          await takeObjectiveBackIn(db, title);
          setMessage(`“${title}” is taken back in.`);
        } catch (failure) {
          setMessage(`Nothing was changed: ${describeFailure(failure)}`);
        } finally {
          setBusy(false);
        }
      })();
    },
  };
}
