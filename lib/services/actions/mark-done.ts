import { setDone } from '../update-project';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Done moves a project to review from `now`; not done reopens it for building. */
export function markDone(
  deps: Omit<ActionDeps, 'newId'>,
  projectId: string,
  done: boolean,
): Promise<Outcome> {
  return runAction(async () => {
    await setDone(deps.db, projectId, done, deps.now());
    return {
      message: done
        ? 'Done: it gets reviews from now on.'
        : 'Reopened: it gets build sessions again.',
    };
  });
}
