import { setResourceRead } from '../page-reading';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Marks an attached page read (at the action's clock) or back to unread. */
export function setPageRead(
  deps: Pick<ActionDeps, 'db' | 'now'>,
  resourceId: string,
  read: boolean,
): Promise<Outcome> {
  return runAction(async () => {
    const page = await setResourceRead(deps.db, resourceId, read, deps.now());
    return { message: `“${page.title}” is ${read ? 'read' : 'to read'}.` };
  });
}
