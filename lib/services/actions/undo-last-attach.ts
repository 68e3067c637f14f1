import type { AttachUndo } from '../../domain/tabs/attach-undo';
import { undoAttach } from '../undo-attach';
import { runAction, type Outcome } from './action-outcome';
import type { AttachDeps } from './attach-page';

/** Takes the last attach back, while it is younger than `maxAgeMs` and nothing changed it since. */
export function undoLastAttach(
  deps: Omit<AttachDeps, 'newId'>,
  record: AttachUndo,
  maxAgeMs: number,
): Promise<Outcome> {
  return runAction(async () => {
    await undoAttach(deps.db, record, deps.now(), maxAgeMs);
    await deps.lastAttach.clear();
    return { message: `Undone: ${record.summary}.` };
  });
}
