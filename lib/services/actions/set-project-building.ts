import { setBuilding } from '../update-project';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Starts a queued project now, out of turn (true), or puts a building one back in the queue. */
export function setProjectBuilding(
  deps: Pick<ActionDeps, 'db'>,
  projectId: string,
  building: boolean,
): Promise<Outcome> {
  return runAction(async () => {
    await setBuilding(deps.db, projectId, building);
    return {
      message: building ? 'Started: it gets build sessions now.' : 'Put back in the queue.',
    };
  });
}
