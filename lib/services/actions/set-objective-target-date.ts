import { setTargetDate } from '../update-project';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** The day (YYYY-MM-DD) the user wants an objective reached; undefined clears it. */
export function setObjectiveTargetDate(
  deps: Pick<ActionDeps, 'db'>,
  objectiveId: string,
  day: string | undefined,
): Promise<Outcome> {
  return runAction(async () => {
    await setTargetDate(deps.db, objectiveId, day);
    return { message: day === undefined ? 'Target date cleared.' : `Target date: ${day}.` };
  });
}
