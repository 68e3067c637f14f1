import { pagesToOpen } from '../../domain/reading/pages-to-open';
import { startStudySession } from '../study-session';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** Opens a session's pages together (lib/browser/session-tabs.ts), saying where they went. */
export type OpenSessionTabs = (input: {
  title: string;
  urls: string[];
  colorSeed: string;
}) => Promise<{ groupId?: number; windowId?: number }>;

export interface SessionToStart {
  projectId: string;
  title: string;
}

/**
 * Starts the timer, then opens the project's pages, those still to read first (pagesToOpen). The
 * session is stored before the tabs open: activating the first tab closes the popup and ends its
 * script, so the group is added after, when the caller is still there. Pages that cannot open
 * leave the session running without them.
 */
export function startSession(
  deps: Omit<ActionDeps, 'newId'> & { openTabs: OpenSessionTabs },
  { projectId, title }: SessionToStart,
): Promise<Outcome> {
  return runAction(async () => {
    const startedAt = deps.now();
    const pages = await deps.db.resources.where('projectId').equals(projectId).toArray();
    const { opened, openedToRead, toRead } = pagesToOpen(pages);
    await startStudySession(deps.db, { projectId, startedAt });
    const tabs = await deps
      .openTabs({ title, urls: opened.map((p) => p.url), colorSeed: projectId })
      .catch((): { groupId?: number; windowId?: number } => ({}));
    if (tabs.groupId !== undefined || tabs.windowId !== undefined) {
      await startStudySession(deps.db, { projectId, startedAt, ...tabs });
    }
    const left = toRead === 1 ? '1 page' : `${toRead} pages`;
    return {
      message:
        toRead === 0
          ? `Studying ${title}.`
          : `Studying ${title}. Opened ${openedToRead} of ${left} to read.`,
    };
  });
}
