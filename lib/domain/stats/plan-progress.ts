import type { Review } from '../types';
import { createLocalDayLookup } from './local-day-lookup';
import { countedMinutes } from './minutes-by-day';

export interface PlanProgress {
  /** Minutes studied today: they leave today's budget. */
  studiedMinutesToday: number;
  /** The project of today's latest build session, so the next turn goes to another. */
  lastBuilt?: string;
}

/**
 * What the planner needs to know about today's sessions, as computePlan works it out. Only
 * sessions on `today` count: one stored for a later day (a clock that was wrong) or at a time
 * stats do not count takes nothing from today's budget.
 */
export function planProgress(
  reviews: readonly Pick<Review, 'at' | 'minutes' | 'kind' | 'projectId'>[],
  today: string,
): PlanProgress {
  const dayOf = createLocalDayLookup();
  const progress: PlanProgress = { studiedMinutesToday: 0 };
  let lastAt = -Infinity;
  for (const review of reviews) {
    if (dayOf(review.at) !== today) continue;
    progress.studiedMinutesToday += countedMinutes(review.minutes);
    if (review.kind === 'build' && review.at >= lastAt) {
      lastAt = review.at;
      progress.lastBuilt = review.projectId;
    }
  }
  return progress;
}
