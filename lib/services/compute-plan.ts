import type { WaymarkDatabase } from '../db/database';
import { dayPlanOf } from '../domain/schedule/plan-days';
import type { DayPlan } from '../domain/schedule/plan-types';
import {
  simulatePlan,
  type Simulation,
  type SimulationInput,
} from '../domain/schedule/simulate-plan';
import { readRoadmapPlan, type RoadmapPlan } from './read-roadmap-plan';

export interface PlanContext extends RoadmapPlan {
  day: string;
  plan: DayPlan;
  simulation: Simulation;
}

/** Reads the roadmap and plays the plan forward: `days` days, and as far past them as `until` asks. */
export async function computePlan(
  db: WaymarkDatabase,
  now: number,
  days: number,
  until: SimulationInput['until'] = 'days',
): Promise<PlanContext> {
  const read = await readRoadmapPlan(db, now);
  const simulation = simulatePlan({ ...read.input, days, until });
  return { ...read, day: read.input.today, plan: dayPlanOf(simulation), simulation };
}
