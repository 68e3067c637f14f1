import { localCopy } from '../db/local-copy';
import { epochToDay } from '../domain/schedule/day-index';
import { isCurrentTodayView, type TodayView } from '../domain/today/today-view';
import type { StoredNode } from './stored-nodes';

/**
 * Today's plan for the new-tab page's first paint: the view, and the screen the page rendered for
 * it (null when it would be stale within the day, such as a running session's elapsed time).
 */
export interface TodayCopy {
  view: TodayView;
  screen: StoredNode[] | null;
}

export const todayCopy = localCopy<TodayCopy>('waymark:today');

/**
 * The stored copy when it is today's and of this version's shape, else null: a copy from
 * yesterday, from an older version, or damaged is never painted.
 */
export function currentTodayCopy(now: number): TodayCopy | null {
  const copy = todayCopy.read();
  if (typeof copy !== 'object' || copy === null) return null;
  const { view, screen } = copy;
  if (!isCurrentTodayView(view, epochToDay(now))) return null;
  return { view, screen: Array.isArray(screen) ? screen : null };
}
