import type { AttachUndo } from '../../domain/tabs/attach-undo';
import type { PageRef } from '../../domain/tabs/tab-suggestion';
import type { AttachVia } from '../../domain/types';
import { describeAttachResult, recordAttach } from '../attach-message';
import { attachResource } from '../attach-resource';
import { UserError } from '../user-error';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';
import type { LastAttachStore } from './last-attach-store';

export interface AttachDeps extends ActionDeps {
  lastAttach: LastAttachStore;
}

export interface PageAttach {
  projectId: string;
  page: PageRef;
  via: AttachVia;
  /** The tab the keyboard command attached, so pressing it again there undoes it. */
  tabId?: number;
}

/**
 * Files one page under a project, from any gesture, and remembers it so the popup (or the
 * shortcut) can undo it.
 */
export function attachPage(
  deps: AttachDeps,
  { projectId, page, via, tabId }: PageAttach,
): Promise<Outcome<{ message: string; record: AttachUndo | null }>> {
  return runAction(async () => {
    const at = deps.now();
    const result = await attachResource(deps.db, {
      projectId,
      ...page,
      via,
      now: at,
      newId: deps.newId,
    });
    if (!result.ok) throw new UserError(result.reason);
    const record = recordAttach([result], { via, at, tabId });
    if (record) await deps.lastAttach.save(record);
    return { message: describeAttachResult(result).message, record };
  });
}
