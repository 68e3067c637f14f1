import { dayToEpoch } from '../schedule/day-index';
import type { Review } from '../types';

export interface PlanProgress {
  /** Minutes studied today: they leave today's budget. */
  studiedMinutesToday: number;
}

/** What the planner needs to know about today's sessions, as computePlan works it out. */
export function planProgress(
  reviews: readonly Pick<Review, 'at' | 'minutes'>[],
  today: string,
): PlanProgress {
  const dayStart = dayToEpoch(today);
  let studiedMinutesToday = 0;
  for (const review of reviews) if (review.at >= dayStart) studiedMinutesToday += review.minutes;
  return { studiedMinutesToday };
}
