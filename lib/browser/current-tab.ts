import { browser } from 'wxt/browser';

export interface CurrentTab {
  id: number | undefined;
  url: string | undefined;
  title: string | undefined;
}

/**
 * The tab the user was looking at when they opened the popup. `lastFocusedWindow` rather than
 * `currentWindow`, so the popup page also works when opened in a window of its own.
 */
export async function readCurrentTab(): Promise<CurrentTab | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab ? { id: tab.id, url: tab.url, title: tab.title } : null;
}
