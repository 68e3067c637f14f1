import { browser } from 'wxt/browser';

const FEEDBACK_MS = 4000;

export interface BadgeSignal {
  text: string;
  color: string;
  /** The toolbar tooltip: the whole message, since the badge holds one character. */
  title: string;
  ms?: number;
}

const timers = new Map<number | undefined, ReturnType<typeof setTimeout>>();

/** Feedback on the toolbar icon for a gesture that has no page of its own (menu, shortcut). */
export async function showBadge(tabId: number | undefined, signal: BadgeSignal) {
  const target = tabId === undefined ? {} : { tabId };
  // A newer signal on the same tab must not be cleared by an older one's timer.
  clearTimeout(timers.get(tabId));
  await browser.action.setBadgeBackgroundColor({ ...target, color: signal.color });
  await browser.action.setBadgeText({ ...target, text: signal.text });
  await browser.action.setTitle({ ...target, title: `Waymark: ${signal.title}` });
  timers.set(
    tabId,
    setTimeout(() => {
      timers.delete(tabId);
      void browser.action.setBadgeText({ ...target, text: '' });
      void browser.action.setTitle({ ...target, title: 'Waymark' });
    }, signal.ms ?? FEEDBACK_MS),
  );
}

/** ✓ on success, ! with the reason on a refusal or failure. */
export async function flashBadge(tabId: number | undefined, ok: boolean, message: string) {
  await showBadge(tabId, {
    text: ok ? '✓' : '!',
    color: ok ? '#2e7d32' : '#b3261e',
    title: message,
  });
}
