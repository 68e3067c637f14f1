import type { WaymarkDatabase } from '../db/database';
import { readLiveRows } from '../db/roadmap-repository';
import { readSettings } from '../db/settings-repository';
import {
  dayToEpoch,
  dayToIndex,
  epochToDay,
  indexToDay,
  mondayOfIndex,
} from '../domain/schedule/day-index';
import { planDays } from '../domain/schedule/plan-days';
import type { DayPlan, PlanInput } from '../domain/schedule/plan-types';
import { planProgress } from '../domain/stats/plan-progress';
import type { Objective, Project, Review, Settings } from '../domain/types';

export interface PlanContext {
  day: string;
  settings: Settings;
  objectives: Objective[];
  projects: Project[];
  reviewsToday: Review[];
  /** What the plan was made from, to play it forward (see planAgenda). */
  input: Omit<PlanInput, 'days'>;
  plan: DayPlan;
}

/** Reads what the planner needs (not resources, not old reviews) and plans `days` days. */
export async function computePlan(
  db: WaymarkDatabase,
  now: number,
  days: number,
): Promise<PlanContext> {
  const day = epochToDay(now);
  const weekStart = dayToEpoch(indexToDay(mondayOfIndex(dayToIndex(day))));
  const dayStart = dayToEpoch(day);
  const [settings, objectives, projects, reviewsThisWeek] = await db.transaction(
    'r',
    db.settings,
    db.objectives,
    db.projects,
    db.reviews,
    () =>
      Promise.all([
        readSettings(db),
        readLiveRows(db.objectives),
        readLiveRows(db.projects),
        db.reviews.where('at').aboveOrEqual(Math.min(weekStart, dayStart)).toArray(),
      ]),
  );
  const reviewsToday = reviewsThisWeek.filter((r) => r.at >= dayStart).sort((a, b) => a.at - b.at);
  // The same reading of this week's reviews as the Stats forecast uses.
  const { startedThisWeek, doneToday } = planProgress(reviewsThisWeek, day);
  const input = { projects, objectives, settings, today: day, startedThisWeek, doneToday };
  const plan = planDays({ ...input, days });
  return { day, settings, objectives, projects, reviewsToday, input, plan };
}
