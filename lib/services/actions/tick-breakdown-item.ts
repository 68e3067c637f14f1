import { setChildDone } from '../update-project';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Ticks (or unticks) one item of the project's breakdown in the note. */
export function tickBreakdownItem(
  deps: Pick<ActionDeps, 'db'>,
  projectId: string,
  item: string,
  done: boolean,
): Promise<Outcome> {
  return runAction(async () => {
    await setChildDone(deps.db, projectId, item, done);
    return { message: done ? 'Ticked.' : 'Unticked.' };
  });
}
