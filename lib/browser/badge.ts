import { browser } from 'wxt/browser';
import { RESTING_TOOLBAR, type ToolbarState } from '../domain/tabs/filed-toolbar';

const FEEDBACK_MS = 4000;

export interface BadgeSignal {
  text: string;
  color: string;
  /** The toolbar tooltip: the whole message, since the badge holds one character. */
  title: string;
  ms?: number;
}

const timers = new Map<number | undefined, ReturnType<typeof setTimeout>>();
/** What each tab's icon says between flashes: that its page is filed, or nothing. */
const resting = new Map<number, ToolbarState>();
const RESTING_COLOR = '#3c4a5c';

/** Sets what a tab's icon shows between flashes; a flash on show keeps it until it ends. */
export async function showResting(tabId: number, state: ToolbarState) {
  if (state.text === RESTING_TOOLBAR.text && state.title === RESTING_TOOLBAR.title) {
    resting.delete(tabId);
  } else resting.set(tabId, state);
  if (!timers.has(tabId)) await applyResting(tabId);
}

/** A closed tab's resting state is forgotten. */
export function forgetResting(tabId: number) {
  resting.delete(tabId);
}

async function applyResting(tabId: number | undefined) {
  const target = tabId === undefined ? {} : { tabId };
  const state = (tabId === undefined ? undefined : resting.get(tabId)) ?? RESTING_TOOLBAR;
  if (state.text) await browser.action.setBadgeBackgroundColor({ ...target, color: RESTING_COLOR });
  await browser.action.setBadgeText({ ...target, text: state.text });
  await browser.action.setTitle({ ...target, title: state.title });
}

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
      // Back to what the tab showed before: "In <project>" once the page is filed.
      void applyResting(tabId).catch(() => undefined);
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
