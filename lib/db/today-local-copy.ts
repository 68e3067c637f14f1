import type { TodayView } from '../domain/today/today-view';

const KEY = 'waymark:today';

/**
 * A copy of today's view in the page's localStorage: read synchronously, it lets the new-tab page
 * paint the plan without waiting for IndexedDB to open. Only pages can use it (the service worker
 * has no localStorage), so the IndexedDB snapshot stays the fallback.
 */
export function readLocalToday(): TodayView | null {
  try {
    const text = localStorage.getItem(KEY);
    return text ? (JSON.parse(text) as TodayView) : null;
  } catch {
    return null;
  }
}

export function writeLocalToday(view: TodayView) {
  try {
    localStorage.setItem(KEY, JSON.stringify(view));
  } catch {
    // Storage full or disabled: the page still works, only its next first paint waits longer.
  }
}
