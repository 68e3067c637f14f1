import { resetObjectiveOrder } from '../reorder-objectives';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Puts the objectives back in the note's own order. */
export function restoreNoteOrder(deps: Pick<ActionDeps, 'db'>): Promise<Outcome> {
  return runAction(async () => {
    await resetObjectiveOrder(deps.db);
    return { message: 'Objectives back in the note’s order.' };
  });
}
