import type { WaymarkDatabase } from '../db/database';
import { readLiveRows } from '../db/roadmap-repository';
import { readSettings } from '../db/settings-repository';
import { dayToEpoch, epochToDay } from '../domain/schedule/day-index';
import { dayPlanOf } from '../domain/schedule/plan-days';
import type { DayPlan, PlanInput } from '../domain/schedule/plan-types';
import { simulatePlan, type Simulation, type SimulationInput } from '../domain/schedule/simulate-plan';
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
  simulation: Simulation;
}

/**
 * Reads what the planner needs (not resources, not old sessions) and plays the plan forward:
 * `days` days, and as far past them as `until` asks for the forecast.
 */
export async function computePlan(
  db: WaymarkDatabase,
  now: number,
  days: number,
  until: SimulationInput['until'] = 'days',
): Promise<PlanContext> {
  const day = epochToDay(now);
  const [settings, objectives, projects, reviewsToday] = await db.transaction(
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
        db.reviews.where('at').aboveOrEqual(dayToEpoch(day)).sortBy('at'),
      ]),
  );
  const input = { projects, objectives, settings, today: day, ...planProgress(reviewsToday, day) };
  const simulation = simulatePlan({ ...input, days, until });
  const plan = dayPlanOf(simulation);
  return { day, settings, objectives, projects, reviewsToday, input, plan, simulation };
}
