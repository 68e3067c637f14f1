import { moveObjectiveTo } from '../reorder-objectives';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Moves an objective to `toIndex` in the order the plan follows. */
export function reorderObjective(
  deps: Pick<ActionDeps, 'db'>,
  objectiveId: string,
  toIndex: number,
): Promise<Outcome> {
  return runAction(async () => {
    await moveObjectiveTo(deps.db, objectiveId, toIndex);
    return { message: 'Objective moved.' };
  });
}
