import type { Project, Rating } from '../types';
import { balanceDue, type ReviewLoad } from './balance-due';
import {
  breakRanges,
  dayBudget,
  largestDayBudget,
  reviewMinutesOf,
  sessionMinutesOf,
} from './day-budget';
import { dayToEpoch, dayToIndex, epochToDayIndex, indexToDay } from './day-index';
import { estimateOf, MIN_SESSION_MINUTES } from './effort';
import { finishedCard } from './learned-card';
import type { PlanInput, PlannedSession, UnplaceableSession } from './plan-types';
import { isPlannable, rankObjectives } from './plannable-projects';
import { recallCurve } from './recall-probability';
import { ReviewQueue, type ReviewEntry } from './review-queue';
import { scheduleNext } from './schedule-next';

export interface SimulationInput extends PlanInput {
  /** The rating the simulated user gives each review; Good by default. */
  rating?: Rating | ((projectId: string, day: string) => Rating);
  /** Days the user does nothing at all; the planner has to recover afterwards. */
  missed?: ReadonlySet<string>;
  /**
   * How far to play past `days` for the forecast: not at all, until every project is built, or
   * until the first objective is reached. Never more than ten years from `today`.
   */
  until?: 'days' | 'end' | 'first-objective';
  /** Most days to play in all (ten years by default). */
  horizonDays?: number;
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

export interface ProjectForecast {
  projectId: string;
  /** First build day; null when it was already done, or never starts within the forecast. */
  start: string | null;
  /** The day it reaches its estimate; null when already done or not within the forecast. */
  done: string | null;
}

export interface ObjectiveForecast {
  objectiveId: string;
  /** The day its last project is built; null if one never is, or all were done already. */
  done: string | null;
  /** Whether any of its projects was still to build when the forecast started. */
  pending: boolean;
}

export interface Simulation {
  days: SimulatedDay[];
  unplaceable: UnplaceableSession[];
  /** Plannable projects only: paused, retired and archived ones are not part of the plan. */
  projects: ProjectForecast[];
  objectives: ObjectiveForecast[];
  /** The last day played. */
  end: string;
}

/** At most ten years are played forward: a plan that needs longer says "not within ten years". */
export const FORECAST_MAX_DAYS = 3653;

/** Hour the simulated sessions happen: noon keeps clear of DST changes around midnight. */
const SESSION_HOUR = 12;

interface Sim {
  project: Project;
  phase: Project['phase'];
  /** Minutes still to build; a project already past its estimate needs one more session. */
  left: number;
  session: number;
  review: number;
  notBefore: number;
  start: number | null;
  done: number | null;
  /** Whether the plan can ever place its sessions (a session longer than every day cannot). */
  placeable: boolean;
}

/**
 * The one reckoning of the plan, used by Today, Upcoming, Stats and the Roadmap forecast. Plays
 * the days forward from `today` as if the user does every planned session (rating reviews
 * `rating`) and each project takes exactly its estimate, except on `missed` days.
 *
 * Each day: reviews due first (lowest predicted recall first), then build sessions for the
 * building projects, taking turns, in session-sized pieces (a piece may be shortened to fill a
 * remainder of at least MIN_SESSION_MINUTES, and never runs past the estimate; a remainder too
 * short to start one goes to the last piece). At most `inProgress` projects build at once; when
 * one is done it is reviewed from then on and the next queued project (objective order, then note
 * order, put-back ones last) starts the same day.
 */
export function simulatePlan(input: SimulationInput): Simulation {
  const { settings } = input;
  const first = dayToIndex(input.today);
  const wanted = Math.max(0, Math.floor(input.days));
  const last = first + Math.min(FORECAST_MAX_DAYS, input.horizonDays ?? FORECAST_MAX_DAYS) - 1;
  const breaks = breakRanges(settings);
  const largest = largestDayBudget(settings);
  const limit = Math.max(1, Math.floor(settings.inProgress) || 1);
  const recall = recallCurve(settings);
  const fixed: Rating = typeof input.rating === 'string' ? input.rating : 'good';
  const ratingFor = typeof input.rating === 'function' ? input.rating : () => fixed;
  const { rank, archived } = rankObjectives(input.objectives, settings.objectiveOrder);
  const rankOf = (p: Project) => rank.get(p.objectiveId) ?? Infinity;

  const sims: Sim[] = [];
  for (const project of input.projects) {
    if (!isPlannable(project, archived)) continue;
    const session = sessionMinutesOf(project, settings);
    const left = estimateOf(project, settings) - Math.max(0, project.builtMinutes || 0);
    sims.push({
      project,
      phase: project.phase,
      left: left > 0 ? left : session,
      session,
      review: reviewMinutesOf(project, settings),
      notBefore: project.notBefore === undefined ? -Infinity : epochToDayIndex(project.notBefore),
      start: null,
      done: null,
      placeable: true,
    });
  }
  sims.sort(
    (a, b) =>
      Number(a.project.deferred ?? false) - Number(b.project.deferred ?? false) ||
      rankOf(a.project) - rankOf(b.project) ||
      a.project.order - b.project.order ||
      (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : 0),
  );

  const unplaceable: UnplaceableSession[] = [];
  const flag = (sim: Sim, minutes: number) => {
    sim.placeable = false;
    unplaceable.push({
      projectId: sim.project.id,
      minutes,
      reason: tooLongReason(minutes, largest),
    });
  };

  const load: ReviewLoad = new Map();
  const reviews = new ReviewQueue<Sim>();
  const building: Sim[] = [];
  const queued: Sim[] = [];
  const pendingByObjective = new Map<string, number>();
  const objectiveDone = new Map<string, number | null>();
  for (const sim of sims) {
    const { project } = sim;
    if (sim.phase === 'reviewing') {
      const card = project.card ?? finishedCard(dayToEpoch(input.today, SESSION_HOUR), settings);
      const day = epochToDayIndex(card.due);
      load.set(day, (load.get(day) ?? 0) + 1);
      if (sim.review > largest) flag(sim, sim.review);
      else reviews.push({ sim, card, day });
      continue;
    }
    pendingByObjective.set(
      project.objectiveId,
      (pendingByObjective.get(project.objectiveId) ?? 0) + 1,
    );
    const smallest = Math.min(sim.session, MIN_SESSION_MINUTES, sim.left);
    if (smallest > largest) flag(sim, smallest);
    (sim.phase === 'building' ? building : queued).push(sim);
  }

  const days: SimulatedDay[] = [];
  // Today's latest build session was a turn too: the others come before it again.
  let lastServed = sims.find((sim) => sim.project.id === input.lastBuilt);
  let pending = building.length + queued.length;
  let objectivesLeft = pendingByObjective.size;
  const stopAt = (day: number): boolean => {
    if (day < first + wanted) return false;
    if (input.until === 'end') return pending === 0;
    if (input.until === 'first-objective') return objectivesLeft < pendingByObjective.size;
    return true;
  };

  // One whose sessions fit no day is not started: it would hold a place for ever.
  const promote = (day: number) => {
    while (building.length < limit) {
      const next = queued.findIndex((sim) => sim.notBefore <= day && sim.placeable);
      if (next < 0) return;
      const [sim] = queued.splice(next, 1) as [Sim];
      sim.phase = 'building';
      building.push(sim);
    }
  };

  let day = first;
  for (; day <= last && !stopAt(day); day++) {
    const date = indexToDay(day);
    const budget = dayBudget(settings, day, breaks);
    const reserved = day === first ? Math.max(0, input.studiedMinutesToday ?? 0) : 0;
    let room = largest === 0 ? 0 : Math.max(0, budget - reserved);
    const sessions: PlannedSession[] = [];
    const missed = input.missed?.has(date) ?? false;
    promote(day);

    const due = reviews.dueBy(day).filter((entry) => entry.sim.notBefore <= day);
    const recallOf = (entry: ReviewEntry<Sim>) =>
      recall(entry.card.stability, day - epochToDayIndex(entry.card.lastReview ?? entry.card.due));
    due.sort((a, b) => recallOf(a) - recallOf(b));
    let backlog = 0;
    const now = dayToEpoch(date, SESSION_HOUR);
    for (const entry of due) {
      const { sim } = entry;
      if (missed || sim.review > room) {
        backlog += sim.review;
        continue;
      }
      room -= sim.review;
      sessions.push({
        projectId: sim.project.id,
        minutes: sim.review,
        kind: 'review',
        due: indexToDay(entry.day),
        overdueDays: day - entry.day,
        recall: recallOf(entry),
      });
      reviews.remove(entry);
      load.set(entry.day, (load.get(entry.day) ?? 1) - 1);
      const card = balanceDue(
        scheduleNext(entry.card, ratingFor(sim.project.id, date), now, settings),
        load,
      );
      reviews.push({ sim, card, day: epochToDayIndex(card.due) });
    }

    // Build sessions take turns, starting after the project served last.
    const turn = missed ? [] : building.filter((sim) => sim.notBefore <= day && sim.placeable);
    const after = lastServed ? turn.indexOf(lastServed) + 1 : 0;
    const order = [...turn.slice(after), ...turn.slice(0, after)];
    const pieces: { sim: Sim; session: PlannedSession }[] = [];
    for (let served = true; served && room > 0;) {
      served = false;
      for (let i = 0; i < order.length && room > 0; i++) {
        const sim = order[i] as Sim;
        if (sim.phase !== 'building') continue;
        const full = Math.min(sim.session, sim.left);
        const piece = Math.min(full, room);
        if (piece < full && piece < MIN_SESSION_MINUTES) continue;
        room -= piece;
        sim.left -= piece;
        sim.start ??= day;
        served = true;
        lastServed = sim;
        const session: PlannedSession = {
          projectId: sim.project.id,
          minutes: piece,
          kind: 'build',
          due: null,
          overdueDays: 0,
          recall: null,
        };
        sessions.push(session);
        pieces.push({ sim, session });
        if (sim.left > 0) continue;
        // Built: reviewed from now on, and the next queued project starts at once.
        sim.phase = 'reviewing';
        sim.done = day;
        pending--;
        building.splice(building.indexOf(sim), 1);
        const objective = sim.project.objectiveId;
        const remaining = (pendingByObjective.get(objective) ?? 1) - 1;
        pendingByObjective.set(objective, remaining);
        if (remaining === 0) {
          objectiveDone.set(objective, day);
          objectivesLeft--;
        }
        const card = balanceDue(finishedCard(now, settings), load);
        if (sim.review <= largest) reviews.push({ sim, card, day: epochToDayIndex(card.due) });
        const before = building.length;
        promote(day);
        for (const started of building.slice(before)) {
          if (started.notBefore <= day && started.placeable) order.push(started);
        }
      }
    }

    // A remainder too short to start a session (10 min after a review and a 30-min piece) goes
    // to the day's last piece of a project with more than that left to build: the day is used in
    // full, and no piece grows by as much as a session of its own.
    const stretch = room > 0 ? pieces.findLast(({ sim }) => sim.left > room) : undefined;
    if (stretch) {
      stretch.session.minutes += room;
      stretch.sim.left -= room;
      room = 0;
    }

    if (day < first + wanted) {
      const minutes = sessions.reduce((sum, s) => sum + s.minutes, 0);
      days.push({ date, budget, minutes, sessions, backlogMinutes: backlog, missed });
    }
  }

  return {
    days,
    unplaceable,
    projects: sims.map((sim) => ({
      projectId: sim.project.id,
      start: sim.start === null ? null : indexToDay(sim.start),
      done: sim.done === null ? null : indexToDay(sim.done),
    })),
    objectives: input.objectives
      .filter((objective) => !objective.archived)
      .map((objective) => {
        const done = objectiveDone.get(objective.id);
        return {
          objectiveId: objective.id,
          done: done === undefined || done === null ? null : indexToDay(done),
          pending: pendingByObjective.has(objective.id),
        };
      }),
    end: indexToDay(Math.min(day, last + 1) - 1),
  };
}

function tooLongReason(minutes: number, largest: number): string {
  if (largest === 0) return 'no study time: every weekday has 0 minutes or is a rest day';
  return `${minutes} min session is longer than any day's budget (${largest} min): shorten it`;
}
