import { joinBuildPieces } from './join-build-pieces';
import type { PlanInput, PlannedSession } from './plan-types';
import { simulatePlan } from './simulate-plan';

export interface AgendaSession extends PlannedSession {
  /**
   * A project already on an earlier day of the agenda: its build continuing, or the review that
   * earlier session brings about. It happens if the user keeps to the plan; moving it means
   * moving that earlier session.
   */
  expected: boolean;
}

export interface AgendaDay {
  date: string;
  budget: number;
  /** Minutes planned, expected returns included; never more than `budget`. */
  minutes: number;
  sessions: AgendaSession[];
  /** Due review minutes that did not fit this day, carried to later days. */
  backlogMinutes: number;
}

/**
 * The next `days` days as the user will live them if they keep to the plan: build sessions, the
 * reviews due now, and the reviews those sessions will bring about inside the window, every
 * review rated Good. The Stats forecast is these days summed (forecastMinutes).
 */
export function planAgenda(input: Omit<PlanInput, 'days'>, days: number): AgendaDay[] {
  const seen = new Set<string>();
  return simulatePlan({ ...input, days, rating: 'good' }).days.map((day) => {
    const sessions = joinBuildPieces(day.sessions).map((session) => {
      const expected = seen.has(session.projectId);
      seen.add(session.projectId);
      return { ...session, expected };
    });
    const { date, budget, minutes, backlogMinutes } = day;
    return { date, budget, minutes, sessions, backlogMinutes };
  });
}
