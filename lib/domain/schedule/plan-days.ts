import type { Project } from '../types';
import { breakRanges, dayBudget, largestDayBudget, sessionMinutesOf } from './day-budget';
import { dayToIndex, epochToDayIndex, indexToDay, mondayOfIndex } from './day-index';
import type { DayPlan, PlanInput, PlannedSession, UnplaceableSession } from './plan-types';
import { isPlannable, rankObjectives } from './plannable-projects';
import { isStudied, recallCurve } from './recall-probability';
import { hashSeed } from './seeded-hash';

/** The load balancer may move a session this share of its interval later... */
const WINDOW_SHARE = 0.1;
/** ...but never more than a week, so a long interval does not drift by a month. */
const WINDOW_MAX_DAYS = 7;

/** How many days after its due day a session may slide to a lighter day (>= 1, capped). */
export function balanceWindowDays(scheduledDays: number): number {
  return Math.min(WINDOW_MAX_DAYS, Math.max(1, Math.round(scheduledDays * WINDOW_SHARE)));
}

interface Slot {
  index: number;
  budget: number;
  /** Minutes already studied today (doneToday): they count against the budget, not the plan. */
  reserved: number;
  minutes: number;
  sessions: PlannedSession[];
}

interface Item {
  project: Project;
  minutes: number;
  /** First day the session may go on: due day, notBefore and doneToday applied. */
  start: number;
  seed: number;
}

interface ReviewItem extends Item {
  due: number;
  lastReview: number;
  stability: number;
  window: number;
  recall: number;
}

const byId = (a: Item, b: Item): number =>
  a.seed - b.seed || (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : 0);

/**
 * Plans each plannable project's next session over `days` days from `today`.
 *
 * Order: due and overdue reviews first (earliest day first, then lowest predicted recall), then
 * new projects in roadmap order. A review goes on its due day if it fits, else on the lightest
 * day of its window (a share of its interval, see balanceWindowDays; seeded tie-break), else on
 * the first later day with room. Overdue reviews (a missed stretch, a break) take the first day
 * with room in recall order, so the backlog spreads over the coming days, each capped by its
 * budget. New projects start in roadmap order (never one before an earlier one), at most
 * `newPerWeek` per Monday-based week. Each project appears at most once: a project comes back
 * only after it is studied and rescheduled, so re-plan after every session.
 */
export function planDays(input: PlanInput): DayPlan {
  const { settings } = input;
  const first = dayToIndex(input.today);
  const count = Math.max(0, Math.floor(input.days));
  const last = first + count - 1;
  const breaks = breakRanges(settings);
  const slots: Slot[] = [];
  for (let i = 0; i < count; i++) {
    const index = first + i;
    slots.push({
      index,
      budget: dayBudget(settings, index, breaks),
      reserved: 0,
      minutes: 0,
      sessions: [],
    });
  }

  const doneToday = new Set(input.doneToday ?? []);
  const largest = largestDayBudget(settings);
  const { rank, archived } = rankObjectives(input.objectives, settings.objectiveOrder);
  const unplaceable: UnplaceableSession[] = [];
  const reviews: ReviewItem[] = [];
  const fresh: Item[] = [];
  const recall = recallCurve(settings);

  for (const project of input.projects) {
    const minutes = sessionMinutesOf(project, settings);
    const done = doneToday.has(project.id);
    if (done && slots[0]) slots[0].reserved += minutes;
    if (!isPlannable(project, archived)) continue;
    if (minutes > largest) {
      unplaceable.push({ projectId: project.id, minutes, reason: tooLongReason(minutes, largest) });
      continue;
    }
    let start = done ? first + 1 : first;
    if (project.notBefore !== undefined)
      start = Math.max(start, epochToDayIndex(project.notBefore));
    const card = project.card;
    if (!isStudied(card)) {
      fresh.push({ project, minutes, start, seed: hashSeed(project.id) });
      continue;
    }
    const due = epochToDayIndex(card.due);
    start = Math.max(start, due);
    if (start > last) continue; // not due inside the horizon
    const lastReview = epochToDayIndex(card.lastReview);
    reviews.push({
      project,
      minutes,
      start,
      seed: hashSeed(project.id),
      due,
      lastReview,
      stability: card.stability,
      window: balanceWindowDays(card.scheduledDays),
      recall: recall(card.stability, start - lastReview),
    });
  }

  const room = (slot: Slot): number => slot.budget - slot.reserved - slot.minutes;
  const fits = (offset: number, minutes: number): boolean => {
    const slot = slots[offset];
    return slot !== undefined && room(slot) >= minutes;
  };
  const firstFit = (from: number, minutes: number): number => {
    for (let offset = Math.max(0, from); offset < count; offset++) {
      if (fits(offset, minutes)) return offset;
    }
    return -1;
  };

  reviews.sort((a, b) => a.start - b.start || a.recall - b.recall || byId(a, b));
  let noRoom: string | undefined; // the same words for every overflow, built once
  for (const item of reviews) {
    const startOffset = item.start - first;
    let offset = -1;
    if (item.due >= first && fits(startOffset, item.minutes)) offset = startOffset;
    else if (item.due >= first) offset = lightestInWindow(item, startOffset);
    if (offset < 0) offset = firstFit(startOffset, item.minutes);
    if (offset < 0) {
      unplaceable.push({
        projectId: item.project.id,
        minutes: item.minutes,
        reason: (noRoom ??= noRoomReason(slots)).replace('{minutes}', String(item.minutes)),
      });
      continue;
    }
    const slot = slots[offset] as Slot;
    slot.minutes += item.minutes;
    slot.sessions.push({
      projectId: item.project.id,
      minutes: item.minutes,
      kind: 'review',
      due: indexToDay(item.due),
      overdueDays: Math.max(0, slot.index - item.due),
      recall: recall(item.stability, slot.index - item.lastReview),
    });
  }

  function lightestInWindow(item: ReviewItem, startOffset: number): number {
    let best = -1;
    let bestLoad = Infinity;
    let bestTie = 0;
    const end = Math.min(count - 1, startOffset + item.window);
    for (let offset = startOffset + 1; offset <= end; offset++) {
      const slot = slots[offset] as Slot;
      if (room(slot) < item.minutes) continue;
      const load = (slot.reserved + slot.minutes) / slot.budget;
      const tie = hashSeed(item.project.id, slot.index);
      if (load < bestLoad || (load === bestLoad && tie < bestTie)) {
        best = offset;
        bestLoad = load;
        bestTie = tie;
      }
    }
    return best;
  }

  placeNewProjects(
    fresh,
    rank,
    first,
    count,
    input,
    (offset, minutes) => fits(offset, minutes),
    slots,
  );

  const days = slots.map((slot) => ({
    date: indexToDay(slot.index),
    budget: slot.budget,
    minutes: slot.minutes,
    sessions: sortSessions(slot.sessions),
  }));
  return { days, unplaceable };
}

function placeNewProjects(
  fresh: Item[],
  rank: Map<string, number>,
  first: number,
  count: number,
  input: PlanInput,
  fits: (offset: number, minutes: number) => boolean,
  slots: Slot[],
): void {
  const limit = Math.max(0, Math.floor(input.settings.newPerWeek));
  const started = new Map<number, number>([[mondayOfIndex(first), input.startedThisWeek ?? 0]]);
  const rankOf = (item: Item): number => rank.get(item.project.objectiveId) ?? Infinity;
  fresh.sort((a, b) => rankOf(a) - rankOf(b) || a.project.order - b.project.order || byId(a, b));

  const place = (item: Item, from: number): number => {
    for (let offset = from - first; offset < count; offset++) {
      const slot = slots[offset] as Slot;
      const monday = mondayOfIndex(slot.index);
      if ((started.get(monday) ?? 0) >= limit) {
        offset = monday + 6 - first; // this week is full: jump to next Monday
        continue;
      }
      if (!fits(offset, item.minutes)) continue;
      started.set(monday, (started.get(monday) ?? 0) + 1);
      slot.minutes += item.minutes;
      slot.sessions.push({
        projectId: item.project.id,
        minutes: item.minutes,
        kind: 'new',
        due: null,
        overdueDays: 0,
        recall: null,
      });
      return slot.index;
    }
    return -1;
  };

  // Roadmap order is kept: a new project never starts before an earlier one, so when one finds no
  // day the rest wait too. Postponed ones step out of the line instead of holding it up.
  const inLine = fresh.filter((item) => item.start <= first);
  const postponed = fresh.filter((item) => item.start > first);
  let pointer = first;
  for (const item of inLine) {
    const placed = place(item, pointer);
    if (placed < 0) break;
    pointer = placed;
  }
  for (const item of postponed) place(item, item.start);
}

/** Reviews before new sessions; the least fresh review first. */
function sortSessions(sessions: PlannedSession[]): PlannedSession[] {
  const weight = (session: PlannedSession): number =>
    session.kind === 'review' ? (session.recall ?? 0) : 2;
  return sessions
    .map((session, position) => ({ session, position }))
    .sort((a, b) => weight(a.session) - weight(b.session) || a.position - b.position)
    .map(({ session }) => session);
}

function tooLongReason(minutes: number, largest: number): string {
  if (largest === 0) return 'no study time: every weekday has 0 minutes or is a rest day';
  return `${minutes} min session is longer than any day's budget (${largest} min): shorten it`;
}

function noRoomReason(slots: readonly Slot[]): string {
  const from = slots[0] ? indexToDay(slots[0].index) : '';
  const to = slots.at(-1) ? indexToDay((slots.at(-1) as Slot).index) : '';
  if (slots.every((slot) => slot.budget === 0)) {
    return `no study time from ${from} to ${to} (rest days or a break)`;
  }
  return `no room for this {minutes} min session from ${from} to ${to}: more is due than the days can hold`;
}
