import { browser, type Browser } from 'wxt/browser';
import { buildAttachMenu, projectIdFromMenuItem } from '../domain/tabs/attach-menu';
import {
  LINK_BEST_MATCH_ID,
  SUGGESTED_SEPARATOR_ID,
  slotFromMenuItem,
  withLinkBestMatch,
  withSuggestedSlots,
} from '../domain/tabs/suggested-slots';
import type { Objective, Project } from '../domain/types';
import { hashKey } from '../domain/hash-key';
import { attachLinkToBestMatch } from './link-best-match';
import { createMenuWriter } from './menu-writer';
import { storedValue } from './stored-value';
import {
  applySlots,
  readSlotProject,
  registerSuggestedMenu,
  type FiledFor,
  type SuggestPage,
} from './suggested-menu';

export interface AttachMenuDeps {
  /** Subscribes to the roadmap; returns the unsubscribe function. */
  watchRoadmap: (
    onChange: (view: { objectives: Objective[]; projects: Project[] }) => void,
  ) => () => void;
  attach: (
    projectId: string,
    page: { url: string | undefined; title: string | undefined },
  ) => Promise<{ ok: boolean; message: string }>;
  feedback: (tabId: number | undefined, ok: boolean, message: string) => Promise<void>;
  suggest: SuggestPage;
  /** Marks the project the page is in already (from the worker's in-memory index). */
  filedFor?: FiledFor;
}

const REBUILD_DELAY_MS = 250;

type RoadmapView = { objectives: Objective[]; projects: Project[] };

type MenuContext = `${Browser.contextMenus.ContextType}`;
type Contexts = [MenuContext, ...MenuContext[]];

/** The right-click "Attach to Waymark project" menu, kept in step with the roadmap and the page. */
export function registerAttachMenu(deps: AttachMenuDeps) {
  // Firefox also offers the menu on the tab strip.
  const contexts: Contexts = import.meta.env.FIREFOX
    ? ['page', 'link', 'tab' as MenuContext]
    : ['page', 'link'];
  // Chromium cannot tell which link was right-clicked before the menu opens, so its suggestions
  // (for the page) stay off links; Firefox suggests for the link itself.
  const slotContexts: Contexts = import.meta.env.FIREFOX ? contexts : ['page'];
  let latest: RoadmapView = { objectives: [], projects: [] };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const menu = createMenuWriter(
    {
      rebuild: (view: RoadmapView) => createMenu(view, contexts, slotContexts),
      relabel: applySlots,
    },
    reportMenuError,
  );
  const suggested = registerSuggestedMenu(deps.suggest, menu.relabel, undefined, deps.filedFor);

  // Suggestions may name projects the new menu renamed: ask again once it is rebuilt.
  const rebuild = () => void menu.rebuild(latest).then(suggested.refresh);
  browser.runtime.onInstalled.addListener(rebuild);
  deps.watchRoadmap((view) => {
    latest = view;
    clearTimeout(timer);
    timer = setTimeout(rebuild, REBUILD_DELAY_MS);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleAttachMenuClick(deps, info, tab);
  });
  return { refreshSuggestions: () => suggested.refresh() };
}

/**
 * Attaches the clicked link, or else the page, to the project of the clicked item, or the link
 * to its best match.
 */
export async function handleAttachMenuClick(
  deps: Pick<AttachMenuDeps, 'attach' | 'feedback' | 'suggest'>,
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
) {
  if (info.menuItemId === LINK_BEST_MATCH_ID) return attachLinkToBestMatch(deps, info, tab);
  const slot = slotFromMenuItem(info.menuItemId);
  const projectId =
    slot === null ? projectIdFromMenuItem(info.menuItemId) : await readSlotProject(slot);
  if (!projectId) return;
  const page = info.linkUrl
    ? { url: info.linkUrl, title: linkText(info) ?? info.linkUrl }
    : { url: info.pageUrl ?? tab?.url, title: tab?.title };
  const result = await deps.attach(projectId, page);
  await deps.feedback(tab?.id, result.ok, result.message);
}

/**
 * What the menu on show was built from. Chromium keeps an extension's menu while its worker
 * sleeps, and the worker starts often (opening a tab wakes it): rebuilding 1,000 items each time
 * is as many calls into the browser, so an unchanged menu stays. The key lives in session storage,
 * which an update, a reload or a browser restart clears; Firefox builds the menu every time.
 */
const builtMenu = storedValue<string>('session', 'waymark:menu-built');

async function createMenu(view: RoadmapView, contexts: Contexts, slotContexts: Contexts) {
  const items = withSuggestedSlots(
    withLinkBestMatch(buildAttachMenu(view), { suggestsForLinks: import.meta.env.FIREFOX }),
  );
  const key = hashKey(JSON.stringify([items, contexts, slotContexts]));
  if (!import.meta.env.FIREFOX && (await builtMenu.read()) === key) return;
  await builtMenu.clear();
  await browser.contextMenus.removeAll();
  for (const item of items) {
    const isSlot = item.id === SUGGESTED_SEPARATOR_ID || slotFromMenuItem(item.id) !== null;
    await new Promise<void>((resolve, reject) => {
      browser.contextMenus.create(
        {
          id: item.id,
          parentId: item.parentId,
          title: item.title,
          enabled: item.enabled ?? true,
          type: item.type ?? 'normal',
          contexts: item.linkOnly ? ['link'] : isSlot ? slotContexts : contexts,
          ...(item.visible === undefined ? {} : { visible: item.visible }),
        },
        () => {
          const error = browser.runtime.lastError;
          if (error?.message) reject(new Error(error.message));
          else resolve();
        },
      );
    });
  }
  await builtMenu.save(key);
}

function linkText(info: Browser.contextMenus.OnClickData): string | undefined {
  // Firefox passes the link's text; Chromium does not.
  return (info as { linkText?: string }).linkText;
}

function reportMenuError(error: unknown) {
  console.error('Waymark could not build its context menu', error);
}
