import type { Browser } from 'wxt/browser';
import { checkAttachable } from '../domain/tabs/check-attachable';
import type { PageRef } from '../domain/tabs/tab-suggestion';
import type { SuggestPage } from './suggested-menu';

export interface LinkBestMatchDeps {
  suggest: SuggestPage;
  attach: (projectId: string, page: PageRef) => Promise<{ ok: boolean; message: string }>;
  feedback: (tabId: number | undefined, ok: boolean, message: string) => Promise<void>;
}

export const NO_MATCH_FOR_LINK =
  'No project clearly matches this link. Nothing was attached: choose a project under “Attach to Waymark project”.';

/**
 * "Attach link to best match": suggests for the right-clicked link and attaches it to the top
 * suggestion, as the shortcut does for a tab. Chromium gives no link text, and `selectionText` is
 * whatever the user had selected (often nothing, or a whole paragraph around the link), so the
 * suggestion reads the address alone, which it splits into words itself.
 */
export async function attachLinkToBestMatch(
  deps: LinkBestMatchDeps,
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
) {
  const tabId = tab?.id;
  const url = info.linkUrl;
  const check = checkAttachable(url);
  if (!check.ok) {
    await deps.feedback(tabId, false, check.reason);
    return;
  }
  const [best] = await deps.suggest({ url, title: '' });
  if (!best) {
    await deps.feedback(tabId, false, NO_MATCH_FOR_LINK);
    return;
  }
  const result = await deps.attach(best.projectId, { url, title: url });
  await deps.feedback(
    tabId,
    result.ok,
    result.ok ? `${result.message} Undo from the Waymark popup.` : result.message,
  );
}
