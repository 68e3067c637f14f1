import { dayToEpoch, dayToIndex, indexToDay, mondayOfIndex } from '../schedule/day-index';
import type { Review } from '../types';

export interface PlanProgress {
  /** New projects started in today's Monday-based week (they count against newPerWeek). */
  startedThisWeek: number;
  /** Projects studied today, in the order studied. */
  doneToday: string[];
}

/** What the planner needs to know about this week's reviews, as computePlan works it out. */
export function planProgress(
  reviews: readonly Pick<Review, 'at' | 'projectId' | 'statusBefore'>[],
  today: string,
): PlanProgress {
  const weekStart = dayToEpoch(indexToDay(mondayOfIndex(dayToIndex(today))));
  const dayStart = dayToEpoch(today);
  return {
    startedThisWeek: reviews.filter((r) => r.at >= weekStart && r.statusBefore === 'new').length,
    doneToday: reviews
      .filter((r) => r.at >= dayStart)
      .sort((a, b) => a.at - b.at)
      .map((r) => r.projectId),
  };
}
