import { dayToEpoch } from '../schedule/day-index';
import type { Review } from '../types';

export interface PlanProgress {
  /** Minutes studied today: they leave today's budget. */
  studiedMinutesToday: number;
  /** The project of today's latest build session, so the next turn goes to another. */
  lastBuilt?: string;
}

/** What the planner needs to know about today's sessions, as computePlan works it out. */
export function planProgress(
  reviews: readonly Pick<Review, 'at' | 'minutes' | 'kind' | 'projectId'>[],
  today: string,
): PlanProgress {
  const dayStart = dayToEpoch(today);
  const progress: PlanProgress = { studiedMinutesToday: 0 };
  let lastAt = -Infinity;
  for (const review of reviews) {
    if (review.at < dayStart) continue;
    progress.studiedMinutesToday += review.minutes;
    if (review.kind === 'build' && review.at >= lastAt) {
      lastAt = review.at;
      progress.lastBuilt = review.projectId;
    }
  }
  return progress;
}
