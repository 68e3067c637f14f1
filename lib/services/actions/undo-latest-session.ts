import { undoLastSession } from '../study-session';
import { UserError } from '../user-error';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Takes back the most recent session, so its project is exactly as it was before. */
export function undoLatestSession(deps: Pick<ActionDeps, 'db'>): Promise<Outcome> {
  return runAction(async () => {
    const restored = await undoLastSession(deps.db);
    if (!restored) throw new UserError('There is no session to undo.');
    return { message: 'Session undone.' };
  });
}
