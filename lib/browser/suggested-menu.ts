import { browser, type Browser } from 'wxt/browser';
import { checkAttachable } from '../domain/tabs/check-attachable';
import type { FiledPage } from '../domain/tabs/filed-pages';
import { planSuggestedSlots, slotProjects, type SlotContent } from '../domain/tabs/suggested-slots';
import type { PageRef, TabSuggestion } from '../domain/tabs/tab-suggestion';

/** Which project each suggested row stands for; session storage outlives a stopped worker. */
const SLOTS_KEY = 'waymark:suggested-slots';

export type SuggestPage = (page: PageRef) => Promise<TabSuggestion[]>;
/** The projects a page is filed under, from memory: the menu never reads the database per page. */
export type FiledFor = (url: string | undefined) => FiledPage[];

/** Firefox's `menus` extras: an event before the menu shows, and a way to redraw it open. */
export interface ShownMenus {
  onShown: {
    addListener: (
      listener: (
        info: { contexts: string[]; linkUrl?: string; linkText?: string; pageUrl?: string },
        tab?: Browser.tabs.Tab,
      ) => void,
    ) => void;
  };
  onHidden: { addListener: (listener: () => void) => void };
  refresh: () => Promise<void>;
}

/**
 * What the suggested rows say for a page: the projects it is in already (marked), then its
 * suggestions, why it is refused, or nothing.
 */
export function slotContentFor(
  page: PageRef,
  suggestions: TabSuggestion[],
  filed: FiledPage[] = [],
): SlotContent {
  const check = checkAttachable(page.url);
  if (!check.ok) return { kind: 'refused', reason: check.reason };
  const inAlready = new Set(filed.map((f) => f.projectId));
  const projects = [
    ...filed.map((f) => ({ projectId: f.projectId, title: f.projectTitle, filed: true })),
    ...suggestions
      .filter((s) => !inAlready.has(s.projectId))
      .map((s) => ({ projectId: s.projectId, title: s.projectTitle })),
  ];
  return projects.length === 0 ? { kind: 'none' } : { kind: 'suggested', projects };
}

export async function readSlotProject(slot: number): Promise<string | null> {
  const stored = await browser.storage.session.get(SLOTS_KEY);
  const projects = stored[SLOTS_KEY] as string[] | undefined;
  return projects?.[slot] ?? null;
}

/**
 * Keeps the suggested rows in step with the page. Firefox says when the menu opens (`onShown`),
 * so it suggests for exactly what was right-clicked; Chromium does not, so the rows follow the
 * active tab. Either way only the few suggested rows are touched, never the whole menu, and only
 * through `relabel`: the menu's writer, which also rebuilds it (menu-writer.ts).
 */
export function registerSuggestedMenu(
  suggest: SuggestPage,
  relabel: (content: SlotContent) => Promise<void>,
  shownMenus: ShownMenus | undefined = firefoxMenus(),
  filedFor: FiledFor = () => [],
) {
  let latest = 0;

  const show = async (page: PageRef): Promise<boolean> => {
    const request = (latest += 1);
    const suggestions = checkAttachable(page.url).ok ? await suggest(page) : [];
    if (request !== latest) return false;
    await relabel(slotContentFor(page, suggestions, filedFor(page.url)));
    return true;
  };

  const followActiveTab = () => {
    void browser.tabs
      .query({ active: true, lastFocusedWindow: true })
      .then(([tab]) => (tab ? show({ url: tab.url, title: tab.title }) : false))
      .catch(reportSlotError);
  };

  if (shownMenus) {
    let shownInstance = 0;
    shownMenus.onShown.addListener((info, tab) => {
      const instance = (shownInstance += 1);
      const page = info.linkUrl
        ? { url: info.linkUrl, title: info.linkText }
        : {
            url: info.contexts.includes('tab') ? tab?.url : (info.pageUrl ?? tab?.url),
            title: tab?.title,
          };
      void show(page)
        .then((current) => {
          if (current && instance === shownInstance) return shownMenus.refresh();
        })
        .catch(reportSlotError);
    });
    shownMenus.onHidden.addListener(() => {
      shownInstance += 1;
    });
  } else {
    browser.tabs.onActivated.addListener(followActiveTab);
    browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
      if (tab.active && (change.status === 'complete' || change.title !== undefined)) {
        followActiveTab();
      }
    });
    browser.windows.onFocusChanged.addListener((windowId) => {
      if (windowId !== browser.windows.WINDOW_ID_NONE) followActiveTab();
    });
  }

  return {
    /** Re-suggests for the active tab: after a menu rebuild or a new index. */
    refresh: followActiveTab,
  };
}

/** Firefox's menus API; Chromium has no such event, and the fake browser only stubs it. */
function firefoxMenus(): ShownMenus | undefined {
  if (!import.meta.env.FIREFOX) return undefined;
  return (browser as unknown as { menus?: ShownMenus }).menus;
}

/** Writes the suggested rows and what each stands for; only the menu's writer calls it. */
export async function applySlots(content: SlotContent) {
  await browser.storage.session.set({ [SLOTS_KEY]: slotProjects(content) });
  for (const { id, ...change } of planSuggestedSlots(content)) {
    // A row a failed rebuild left out is no reason to leave the others stale.
    await browser.contextMenus.update(id, change).catch(() => undefined);
  }
}

function reportSlotError(error: unknown) {
  console.error('Waymark could not update its suggested menu items', error);
}
