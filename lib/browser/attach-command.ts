import { browser, type Browser } from 'wxt/browser';
import { COMMAND_UNDO_MS, isCommandUndo, type AttachUndo } from '../domain/tabs/attach-undo';
import { checkAttachable } from '../domain/tabs/check-attachable';
import type { PageRef } from '../domain/tabs/tab-suggestion';
import type { BadgeSignal } from './badge';
import type { SuggestPage } from './suggested-menu';

/** The manifest `commands` key; users rebind it at chrome://extensions/shortcuts. */
export const ATTACH_COMMAND = 'attach-current-tab';

export interface AttachCommandDeps {
  now: () => number;
  suggest: SuggestPage;
  attach: (
    projectId: string,
    page: PageRef,
    tabId: number | undefined,
  ) => Promise<{ ok: boolean; message: string }>;
  readLastAttach: () => Promise<AttachUndo | null>;
  undo: (record: AttachUndo) => Promise<{ ok: boolean; message: string }>;
  badge: (tabId: number | undefined, signal: BadgeSignal) => Promise<void>;
}

const GREEN = '#2e7d32';
const RED = '#b3261e';
const GREY = '#5d6470';

export function registerAttachCommand(deps: AttachCommandDeps) {
  browser.commands.onCommand.addListener((command, tab) => {
    void handleAttachCommand(deps, command, tab).catch((error: unknown) =>
      console.error('Waymark could not run its keyboard command', error),
    );
  });
}

/**
 * Attaches the current tab to its top suggestion; the same key on the same tab within 10 s takes
 * it back. Every outcome shows on the toolbar badge, with the full sentence as its tooltip.
 */
export async function handleAttachCommand(
  deps: AttachCommandDeps,
  command: string,
  given: Browser.tabs.Tab | undefined,
) {
  if (command !== ATTACH_COMMAND) return;
  const tab = given ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  const tabId = tab?.id;

  const last = await deps.readLastAttach();
  if (isCommandUndo(last, tabId, deps.now()) && last) {
    const undone = await deps.undo(last);
    await deps.badge(tabId, { text: '↶', color: undone.ok ? GREY : RED, title: undone.message });
    return;
  }

  const page = { url: tab?.url, title: tab?.title };
  const check = checkAttachable(page.url);
  if (!check.ok) {
    await deps.badge(tabId, { text: '!', color: RED, title: check.reason });
    return;
  }
  const [top] = await deps.suggest(page);
  if (!top) {
    await deps.badge(tabId, {
      text: '?',
      color: GREY,
      title: 'No project clearly matches this page. Open the Waymark popup to choose one.',
    });
    return;
  }
  const result = await deps.attach(top.projectId, page, tabId);
  await deps.badge(
    tabId,
    result.ok
      ? {
          text: '✓',
          color: GREEN,
          title: `${result.message} Press the shortcut again within ${COMMAND_UNDO_MS / 1000} s to undo.`,
          ms: COMMAND_UNDO_MS,
        }
      : { text: '!', color: RED, title: result.message },
  );
}
