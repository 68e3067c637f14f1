import { lastAttach } from '../../lib/browser/last-attach';
import { openSessionTabs } from '../../lib/browser/session-tabs';
import { readActiveRoadmap } from '../../lib/db/roadmap-repository';
import { POPUP_UNDO_MS, type AttachUndo } from '../../lib/domain/tabs/attach-undo';
import { pickableRoadmap, type PickableRoadmap } from '../../lib/domain/tabs/pickable-roadmap';
import type { PageRef } from '../../lib/domain/tabs/tab-suggestion';
import type { TodaySession } from '../../lib/domain/today/today-view';
import type { Outcome } from '../../lib/services/actions/action-outcome';
import { attachPage } from '../../lib/services/actions/attach-page';
import { attachPages, type BulkOutcome } from '../../lib/services/actions/attach-pages';
import { detachPage } from '../../lib/services/actions/detach-page';
import { movePage } from '../../lib/services/actions/move-page';
import { setPageRead } from '../../lib/services/actions/set-page-read';
import { startSession } from '../../lib/services/actions/start-session';
import { undoLastAttach } from '../../lib/services/actions/undo-last-attach';
import { canUndoAttach } from '../../lib/services/undo-attach';
import { openDatabaseForPage } from '../../lib/ui/open-database';

/** What the popup does with the database: loaded after its first screen is on show. */
export interface PopupActions {
  attach: (
    projectId: string,
    page: PageRef,
  ) => Promise<Outcome<{ message: string; record: AttachUndo | null }>>;
  attachMany: (
    choices: Array<{ projectId: string; url: string | undefined; title: string | undefined }>,
  ) => Promise<BulkOutcome>;
  move: (resourceId: string, projectId: string) => Promise<Outcome>;
  detach: (resourceId: string) => Promise<Outcome>;
  markRead: (resourceId: string) => Promise<Outcome>;
  undo: (record: AttachUndo) => Promise<Outcome>;
  start: (session: TodaySession) => Promise<Outcome>;
  /** The last attach, while Undo would still take back exactly what it did. */
  readUndoable: () => Promise<AttachUndo | null>;
  /** The project names, when the service worker could not answer. */
  readRoadmap: () => Promise<PickableRoadmap>;
}

export async function openPopupActions(
  onBlocked: (message: string) => void,
): Promise<PopupActions | string> {
  const opened = await openDatabaseForPage(onBlocked);
  if (!opened.ok) return opened.message;
  const { db } = opened;
  // Every attach is remembered so it can be undone here or with the shortcut.
  const deps = { db, now: () => Date.now(), newId: () => crypto.randomUUID(), lastAttach };
  return {
    attach: (projectId, page) => attachPage(deps, { projectId, page, via: 'popup' }),
    attachMany: (choices) => attachPages(deps, choices),
    move: (resourceId, projectId) => movePage(deps, resourceId, projectId),
    detach: (resourceId) => detachPage(deps, resourceId),
    markRead: (resourceId) => setPageRead(deps, resourceId, true),
    undo: (record) => undoLastAttach(deps, record, POPUP_UNDO_MS),
    // As the new-tab page starts a session: the same action, with the popup's own tabs adapter.
    start: (session) =>
      startSession(
        { ...deps, openTabs: openSessionTabs },
        { projectId: session.projectId, title: session.project },
      ),
    async readUndoable() {
      const record = await lastAttach.read();
      return record && (await canUndoAttach(db, record, Date.now(), POPUP_UNDO_MS)) ? record : null;
    },
    async readRoadmap() {
      const { objectives, projects } = await readActiveRoadmap(db);
      return pickableRoadmap(objectives, projects);
    },
  };
}
