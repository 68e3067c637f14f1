import { browser } from 'wxt/browser';

const FEEDBACK_MS = 4000;

/** Brief feedback on the toolbar icon for a gesture that has no page of its own (menu, shortcut). */
export async function flashBadge(tabId: number | undefined, ok: boolean, message: string) {
  const target = tabId === undefined ? {} : { tabId };
  await browser.action.setBadgeBackgroundColor({ ...target, color: ok ? '#2e7d32' : '#b3261e' });
  await browser.action.setBadgeText({ ...target, text: ok ? '✓' : '!' });
  await browser.action.setTitle({ ...target, title: `Waymark: ${message}` });
  setTimeout(() => {
    void browser.action.setBadgeText({ ...target, text: '' });
    void browser.action.setTitle({ ...target, title: 'Waymark' });
  }, FEEDBACK_MS);
}
