import { browser } from 'wxt/browser';

export interface CurrentTab {
  id: number | undefined;
  windowId: number | undefined;
  url: string | undefined;
  title: string | undefined;
}

/**
 * The tab the user was looking at when they opened the popup. `lastFocusedWindow` rather than
 * `currentWindow`, so the popup page also works when opened in a window of its own.
 */
export async function readCurrentTab(): Promise<CurrentTab | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab ? toCurrentTab(tab) : null;
}

/** Every tab of a window, in tab-strip order. */
export async function readWindowTabs(windowId: number): Promise<CurrentTab[]> {
  const tabs = await browser.tabs.query({ windowId });
  return tabs.sort((a, b) => a.index - b.index).map(toCurrentTab);
}

function toCurrentTab(tab: {
  id?: number;
  windowId?: number;
  url?: string;
  pendingUrl?: string;
  title?: string;
}) {
  // A tab still loading its first page has its address only in pendingUrl.
  return { id: tab.id, windowId: tab.windowId, url: tab.url || tab.pendingUrl, title: tab.title };
}
