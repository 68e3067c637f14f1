import { postpone } from '../update-project';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Moves a project's next session to `untilDay` (YYYY-MM-DD) at the earliest. */
export function postponeTo(
  deps: Pick<ActionDeps, 'db'>,
  projectId: string,
  untilDay: string,
): Promise<Outcome> {
  return runAction(async () => {
    await postpone(deps.db, projectId, untilDay);
    return { message: `Postponed to ${untilDay}.` };
  });
}
