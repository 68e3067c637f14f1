import { planAgenda } from './plan-agenda';
import type { PlanInput } from './plan-types';

export interface ForecastDay {
  date: string;
  budget: number;
  /** Minutes the planner will fill: reviews plus build sessions, never over `budget`. */
  minutes: number;
  reviewMinutes: number;
  buildMinutes: number;
  /** Due review minutes that did not fit that day: a forecast above budget shows here. */
  backlogMinutes: number;
}

/**
 * Minutes per day for the next `days` days (30 and 90 for the stats view), from today.
 * Method: simulate, not sum due dates. The user is assumed to do every planned session and rate
 * reviews Good, so the forecast includes the build sessions, the projects that will be built and
 * the reviews they bring, and it respects budgets, rest days and breaks exactly as the plan
 * will. Overload shows as backlogMinutes rather than as days over budget.
 */
export function forecastMinutes(input: Omit<PlanInput, 'days'>, days: number): ForecastDay[] {
  // The Upcoming agenda, summed per day: the two views cannot disagree on a day's load.
  return planAgenda(input, days).map((day) => {
    let buildMinutes = 0;
    for (const session of day.sessions)
      if (session.kind === 'build') buildMinutes += session.minutes;
    return {
      date: day.date,
      budget: day.budget,
      minutes: day.minutes,
      reviewMinutes: day.minutes - buildMinutes,
      buildMinutes,
      backlogMinutes: day.backlogMinutes,
    };
  });
}
