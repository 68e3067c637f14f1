import { addDays } from 'date-fns';
import type { MemoryCard } from '../types';
import type { ScheduleSettings } from './fsrs-card';
import { scheduleNext } from './schedule-next';

/** Days over which the first reviews of projects already done at import are spread. */
const FIRST_REVIEW_SPREAD_DAYS = 14;

/** The card of a project finished at `now`: learned that day, as after a first Good review. */
export function finishedCard(now: number, settings: ScheduleSettings): MemoryCard {
  return scheduleNext(undefined, 'good', now, settings);
}

/**
 * Cards for `count` projects found already done (at import or upgrade): learned at `now`, their
 * first reviews spread evenly over the next two weeks in the order given, so day one is not a
 * pile of every finished project.
 */
export function spreadFirstReviews(
  count: number,
  now: number,
  settings: ScheduleSettings,
): MemoryCard[] {
  const learned = finishedCard(now, settings);
  return Array.from({ length: count }, (_, index) => {
    const days = 1 + Math.floor((index * FIRST_REVIEW_SPREAD_DAYS) / Math.max(1, count));
    return { ...learned, scheduledDays: days, due: addDays(now, days).getTime() };
  });
}
