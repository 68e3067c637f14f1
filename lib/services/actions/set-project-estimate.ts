import { setEstimate } from '../update-project';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** The project's own estimate in minutes; undefined goes back to the default effort. */
export function setProjectEstimate(
  deps: Pick<ActionDeps, 'db'>,
  projectId: string,
  minutes: number | undefined,
): Promise<Outcome> {
  return runAction(async () => {
    await setEstimate(deps.db, projectId, minutes);
    return {
      message: minutes === undefined ? 'Estimate back to the default.' : 'Estimate saved.',
    };
  });
}
