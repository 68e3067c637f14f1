import type { Review } from '../types';
import { createLocalDayLookup } from './local-day-lookup';

/** Minutes as stored can be anything a bug once wrote; stats count only real, positive time. */
export function countedMinutes(minutes: number): number {
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
}

/** Minutes studied per local calendar day, rounded to whole minutes per day; times not counted are left out. */
export function minutesByDay(
  reviews: readonly Pick<Review, 'at' | 'minutes'>[],
): Map<string, number> {
  const dayOf = createLocalDayLookup();
  const totals = new Map<string, number>();
  for (const review of reviews) {
    const day = dayOf(review.at);
    if (day === null) continue;
    totals.set(day, (totals.get(day) ?? 0) + countedMinutes(review.minutes));
  }
  for (const [day, minutes] of totals) totals.set(day, Math.round(minutes));
  return totals;
}
