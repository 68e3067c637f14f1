import { COMMAND_UNDO_MS, type AttachUndo } from '../../domain/tabs/attach-undo';
import type { PageRef } from '../../domain/tabs/tab-suggestion';
import { attachPage, type AttachDeps } from './attach-page';
import { undoLastAttach } from './undo-last-attach';

/**
 * The service worker's attach gestures, ready for registerAttachMenu and registerAttachCommand:
 * the context menu attaches; the shortcut attaches, and undoes when pressed again.
 */
export function attachGestures(deps: AttachDeps) {
  return {
    menu: (projectId: string, page: PageRef) =>
      attachPage(deps, { projectId, page, via: 'context-menu' }),
    command: {
      attach: (projectId: string, page: PageRef, tabId: number | undefined) =>
        attachPage(deps, { projectId, page, via: 'command', tabId }),
      readLastAttach: deps.lastAttach.read,
      undo: (record: AttachUndo) => undoLastAttach(deps, record, COMMAND_UNDO_MS),
    },
  };
}
