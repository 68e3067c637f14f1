import { setResourceNote } from '../page-reading';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Sets the one-line note on an attached page; an empty note removes it. */
export function setPageNote(
  deps: Pick<ActionDeps, 'db'>,
  resourceId: string,
  note: string,
): Promise<Outcome> {
  return runAction(async () => {
    const page = await setResourceNote(deps.db, resourceId, note);
    return { message: page.note === undefined ? 'Note removed.' : 'Note saved.' };
  });
}
