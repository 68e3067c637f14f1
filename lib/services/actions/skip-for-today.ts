import { skip } from '../update-project';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Leaves a project out of `today` (YYYY-MM-DD); it comes back the next day. */
export function skipForToday(
  deps: Pick<ActionDeps, 'db'>,
  projectId: string,
  today: string,
): Promise<Outcome> {
  return runAction(async () => {
    await skip(deps.db, projectId, today);
    return { message: 'Skipped for today.' };
  });
}
