import { detachResource } from '../manage-resource';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Takes a page off its project; a page already gone needs nothing more. */
export function detachPage(deps: Pick<ActionDeps, 'db'>, resourceId: string): Promise<Outcome> {
  return runAction(async () => {
    await detachResource(deps.db, resourceId);
    return { message: 'Page detached.' };
  });
}
