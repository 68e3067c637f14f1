import type { Objective, Project, Rating, Settings } from '../types';
import { completeSession } from './complete-session';
import { largestDayBudget } from './day-budget';
import { dayToEpoch, dayToIndex, indexToDay, mondayOfIndex } from './day-index';
import { planDays } from './plan-days';
import type { PlannedSession } from './plan-types';

export interface SimulationInput {
  projects: Project[];
  objectives: Objective[];
  settings: Settings;
  /** First simulated day, `YYYY-MM-DD`. */
  today: string;
  days: number;
  startedThisWeek?: number;
  /** Already studied on the first day (see PlanInput.doneToday). */
  doneToday?: string[];
  /** The rating the simulated user gives each session; Good by default. */
  rating?: Rating | ((projectId: string, day: string) => Rating);
  /** Days the user does nothing at all; the planner has to recover afterwards. */
  missed?: ReadonlySet<string>;
}

export interface SimulatedDay {
  date: string;
  budget: number;
  /** Minutes actually studied. */
  minutes: number;
  /** Sessions actually done; empty on a missed day. */
  sessions: PlannedSession[];
  /** Due review minutes that did not fit this day (or were missed), carried to later days. */
  backlogMinutes: number;
  missed: boolean;
}

/** Hour the simulated sessions happen: noon keeps clear of DST changes around midnight. */
const SESSION_HOUR = 12;

/**
 * Plays the plan forward day by day: each day the planner plans from that day, the user does
 * exactly that day's sessions with the given rating (or nothing on a missed day), and the cards
 * move on. Because the planner fills today from due and overdue work alone, a one-day plan gives
 * the same first day as a longer one, so each day plans one day only.
 */
export function simulatePlan(input: SimulationInput): {
  days: SimulatedDay[];
  projects: Project[];
} {
  const { settings, objectives } = input;
  const projects = input.projects.slice();
  const position = new Map(projects.map((project, index) => [project.id, index]));
  const ratingFor =
    typeof input.rating === 'function' ? input.rating : () => (input.rating ?? 'good') as Rating;
  const largest = largestDayBudget(settings);
  const first = dayToIndex(input.today);
  let week = mondayOfIndex(first);
  let started = input.startedThisWeek ?? 0;
  const days: SimulatedDay[] = [];

  for (let offset = 0; offset < Math.max(0, Math.floor(input.days)); offset++) {
    const index = first + offset;
    const date = indexToDay(index);
    if (mondayOfIndex(index) !== week) {
      week = mondayOfIndex(index);
      started = 0;
    }
    const plan = planDays({
      projects,
      objectives,
      settings,
      today: date,
      days: 1,
      startedThisWeek: started,
      doneToday: offset === 0 ? input.doneToday : undefined,
    });
    const planned = plan.days[0];
    if (!planned) continue;
    // Sessions longer than any day are a settings problem, not backlog.
    const overflow = plan.unplaceable
      .filter((item) => item.minutes <= largest)
      .reduce((sum, item) => sum + item.minutes, 0);

    if (input.missed?.has(date)) {
      const dueMissed = planned.sessions
        .filter((session) => session.kind === 'review')
        .reduce((sum, session) => sum + session.minutes, 0);
      days.push({
        date,
        budget: planned.budget,
        minutes: 0,
        sessions: [],
        backlogMinutes: overflow + dueMissed,
        missed: true,
      });
      continue;
    }

    const now = dayToEpoch(date, SESSION_HOUR);
    for (const session of planned.sessions) {
      const at = position.get(session.projectId);
      const project = at === undefined ? undefined : projects[at];
      if (at === undefined || !project) continue;
      const { project: next } = completeSession(
        project,
        {
          rating: ratingFor(session.projectId, date),
          minutes: session.minutes,
          note: '',
          now,
          reviewId: `${session.projectId}@${date}`,
        },
        settings,
      );
      projects[at] = next;
      if (session.kind === 'new') started++;
    }
    days.push({
      date,
      budget: planned.budget,
      minutes: planned.minutes,
      sessions: planned.sessions,
      backlogMinutes: overflow,
      missed: false,
    });
  }
  return { days, projects };
}
