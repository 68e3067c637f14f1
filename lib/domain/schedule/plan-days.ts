import type { DayPlan, PlanInput } from './plan-types';
import { simulatePlan, type Simulation } from './simulate-plan';

/**
 * The plan for `days` days from `today`: the simulation's days as the user will live them if they
 * keep to it (Today is the first). Re-plan after every session; the stored state moves on.
 */
export function planDays(input: PlanInput): DayPlan {
  return dayPlanOf(simulatePlan(input));
}

/** The days of a simulation as a plan: what was simulated is what is planned. */
export function dayPlanOf({ days, unplaceable }: Simulation): DayPlan {
  return {
    days: days.map(({ date, budget, minutes, sessions }) => ({ date, budget, minutes, sessions })),
    unplaceable,
  };
}
