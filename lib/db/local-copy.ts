import type { StatsReport } from '../domain/stats/build-stats-report';

/**
 * A copy of what a view last showed, in the page's localStorage: read synchronously, it lets the
 * view paint at once and refresh from IndexedDB after. Only pages can use it (the service worker
 * has no localStorage); a missing or damaged copy just means waiting for the database.
 */
export function localCopy<T>(key: string) {
  return {
    read(): T | null {
      try {
        const text = localStorage.getItem(key);
        return text ? (JSON.parse(text) as T) : null;
      } catch {
        return null;
      }
    },
    write(value: T) {
      try {
        localStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Storage full or disabled: the view still works, it only paints later next time.
      }
    },
  };
}

/** The last Stats report: with 50,000 reviews the live one takes a moment to read. */
export const statsCopy = localCopy<StatsReport>('waymark:stats');

/** Objectives the user opened or closed on the Roadmap, so it opens as they left it. */
export const roadmapToggles = localCopy<string[]>('waymark:roadmap-toggled');
