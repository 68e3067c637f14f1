import type { WaymarkDatabase } from '../db/database';
import { readActiveRoadmap } from '../db/roadmap-repository';
import { readSettings } from '../db/settings-repository';
import { dayToEpoch, dayToIndex, epochToDay, indexToDay } from '../domain/schedule/day-index';
import type { PlanInput } from '../domain/schedule/plan-types';
import { planProgress } from '../domain/stats/plan-progress';
import type { Objective, Project, Review, Settings } from '../domain/types';

export interface RoadmapPlan {
  settings: Settings;
  /** Live objectives and projects, in note order. */
  objectives: Objective[];
  projects: Project[];
  /** Today's sessions, oldest first. */
  reviewsToday: Review[];
  /** What the forecast plays forward (forecastRoadmap, minutesNeeded), as computePlan reads it. */
  input: Omit<PlanInput, 'days'>;
}

/**
 * Reads the roadmap and what the plan needs (not resources, not old sessions), in one
 * transaction. Playing it forward is left to the caller: on 1,000 projects the forecast to the
 * end takes longer than the read, and a view paints first.
 */
export function readRoadmapPlan(db: WaymarkDatabase, now: number): Promise<RoadmapPlan> {
  const today = epochToDay(now);
  // A Dexie promise all the way (no async function here): a liveQuery built on this keeps
  // watching the tables its caller reads next (Today reads sessions and resources after it).
  return db
    .transaction('r', db.settings, db.objectives, db.projects, db.reviews, () =>
      Promise.all([
        readSettings(db),
        readActiveRoadmap(db),
        // Today's only: one stored for a later day (a wrong clock, year 10000) was not studied today.
        db.reviews
          .where('at')
          .between(dayToEpoch(today), dayToEpoch(indexToDay(dayToIndex(today) + 1)))
          .sortBy('at'),
      ]),
    )
    .then(([settings, { objectives, projects }, reviewsToday]) => {
      const input = { projects, objectives, settings, today, ...planProgress(reviewsToday, today) };
      return { settings, objectives, projects, reviewsToday, input };
    });
}
