import { moveResource } from '../manage-resource';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Moves an attached page to another project; if that project has the page already, they merge. */
export function movePage(
  deps: Pick<ActionDeps, 'db'>,
  resourceId: string,
  projectId: string,
): Promise<Outcome> {
  return runAction(async () => {
    await moveResource(deps.db, resourceId, projectId);
    return { message: 'Page moved.' };
  });
}
