import type { DayPlan, PlanInput } from './plan-types';
import { simulatePlan } from './simulate-plan';

/**
 * The plan for `days` days from `today`: the simulation's days as the user will live them if they
 * keep to it (Today is the first). Re-plan after every session; the stored state moves on.
 */
export function planDays(input: PlanInput): DayPlan {
  const { days, unplaceable } = simulatePlan(input);
  return {
    days: days.map(({ date, budget, minutes, sessions }) => ({ date, budget, minutes, sessions })),
    unplaceable,
  };
}
