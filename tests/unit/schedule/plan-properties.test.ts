import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeBuildSession,
  completeReview,
  dayToEpoch,
  dayToIndex,
  epochToDayIndex,
  estimateOf,
  FORECAST_MAX_DAYS,
  forecastRoadmap,
  indexToDay,
  MIN_SESSION_MINUTES,
  planDays,
  reviewMinutesOf,
  sessionMinutesOf,
  simulatePlan,
  undoSession,
  type PlanInput,
  type PlannedSession,
  type ReviewLoad,
  type SimulationInput,
  type UnplaceableSession,
} from '../../../lib/domain/schedule';
import {
  DEFAULT_SETTINGS,
  type MemoryCard,
  type Objective,
  type Project,
  type Rating,
  type Settings,
} from '../../../lib/domain/types';
import { buildProject } from '../../support/build-entities';

const DAY = 86_400_000;
const BASE = dayToIndex('2024-01-01');
const ratingArb = fc.constantFrom<Rating>('again', 'hard', 'good', 'easy');
const todayArb = fc.integer({ min: 0, max: 3 * 365 }).map((n) => indexToDay(BASE + n));
const offsetDay = (today: string, offset: number) => indexToDay(dayToIndex(today) + offset);

/** A studied card whose due day is `dueOffset` days from today. */
const cardArb = (today: string) =>
  fc
    .record({
      dueOffset: fc.integer({ min: -40, max: 40 }),
      scheduledDays: fc.integer({ min: 1, max: 200 }),
      stability: fc.double({ min: 0.5, max: 300, noNaN: true }),
      difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
      hour: fc.integer({ min: 0, max: 23 }),
      lapses: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ dueOffset, scheduledDays, stability, difficulty, hour, lapses }): MemoryCard => {
      const due = dayToEpoch(offsetDay(today, dueOffset), hour);
      return {
        due,
        stability,
        difficulty,
        elapsedDays: 0,
        scheduledDays,
        learningSteps: 0,
        reps: 2 + lapses,
        lapses,
        state: 2,
        lastReview: due - scheduledDays * DAY,
      };
    });

/** A project in any phase, shaped as the app stores it (done exactly when reviewing). */
const projectArb = (today: string, objectiveCount: number, id: string) =>
  fc
    .record({
      objective: fc.integer({ min: 0, max: objectiveCount - 1 }),
      order: fc.integer({ min: 0, max: 20 }),
      phase: fc.constantFrom<Project['phase']>('queued', 'queued', 'building', 'reviewing'),
      status: fc.constantFrom<Project['status']>('active', 'active', 'active', 'paused', 'retired'),
      archived: fc.constantFrom<0 | 1>(0, 0, 0, 0, 0, 1),
      estimateMinutes: fc.option(fc.integer({ min: 10, max: 900 }), { nil: undefined }),
      builtMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 700 })),
      // Short ones too: they still fit a day too short for anything else.
      sessionMinutes: fc.option(
        fc.oneof(fc.integer({ min: 5, max: 120 }), fc.constantFrom(5, 10)),
        { nil: undefined, freq: 3 },
      ),
      reviewMinutes: fc.option(fc.integer({ min: 5, max: 60 }), { nil: undefined, freq: 3 }),
      card: fc.option(cardArb(today), { nil: undefined, freq: 4 }),
      notBeforeOffset: fc.option(fc.integer({ min: -5, max: 40 }), { nil: undefined, freq: 4 }),
      deferred: fc.boolean(),
      children: fc.integer({ min: 0, max: 3 }),
    })
    .map((p): Project => {
      const children = Array.from({ length: p.children }, (_, i) => `step ${i}`);
      const project = buildProject({
        id,
        objectiveId: `o${p.objective}`,
        key: id,
        title: id,
        order: p.order,
        children,
        childrenDone: children.slice(0, p.builtMinutes % (p.children + 1)),
        done: p.phase === 'reviewing',
        status: p.status,
        phase: p.phase,
        builtMinutes: p.phase === 'queued' ? 0 : p.builtMinutes,
        archived: p.archived,
      });
      if (p.estimateMinutes !== undefined) project.estimateMinutes = p.estimateMinutes;
      if (p.sessionMinutes !== undefined) project.sessionMinutes = p.sessionMinutes;
      if (p.reviewMinutes !== undefined) project.reviewMinutes = p.reviewMinutes;
      if (p.card && p.phase !== 'queued') project.card = p.card;
      if (p.deferred && p.phase === 'queued') project.deferred = true;
      if (p.notBeforeOffset !== undefined) {
        project.notBefore = dayToEpoch(offsetDay(today, p.notBeforeOffset));
      }
      return project;
    });

const dayMinutesArb = fc.constantFrom(0, 10, 15, 20, 30, 45, 60, 90, 120, 240);

const settingsArb = (today: string) =>
  fc.record({
    // Now and then the same small budget every day, so a session may fit no day at all.
    minutesPerWeekday: fc.oneof(
      { weight: 5, arbitrary: fc.tuple(...Array.from({ length: 7 }, () => dayMinutesArb)) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(10, 20).map((m) => Array.from({ length: 7 }, () => m)),
      },
    ) as fc.Arbitrary<Settings['minutesPerWeekday']>,
    restDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    breaks: fc.array(
      fc
        .tuple(fc.integer({ min: -5, max: 100 }), fc.integer({ min: 0, max: 14 }))
        .map(([start, length]) => ({
          from: offsetDay(today, start),
          to: offsetDay(today, start + length),
        })),
      { maxLength: 2 },
    ),
    inProgress: fc.integer({ min: 1, max: 4 }),
    defaultSessionMinutes: fc.constantFrom(10, 20, 25, 30, 45, 60, 90),
    reviewMinutes: fc.constantFrom(5, 10, 15, 20, 30),
    defaultEffortHours: fc.constantFrom(0.5, 1, 2, 5, 10),
    desiredRetention: fc.double({ min: 0.8, max: 0.95, noNaN: true }),
    maximumIntervalDays: fc.integer({ min: 1, max: 365 }),
    // Ids of objectives that may not exist, repeated or partial, as an order may be after re-imports.
    objectiveOrder: fc.array(
      fc.integer({ min: 0, max: 5 }).map((i) => `o${i}`),
      { maxLength: 6 },
    ),
  });

const scenarioArb: fc.Arbitrary<SimulationInput> = todayArb.chain((today) =>
  fc.integer({ min: 1, max: 4 }).chain((objectiveCount) =>
    fc
      .record({
        projects: fc
          .integer({ min: 0, max: 30 })
          .chain((count) =>
            fc.tuple(
              ...Array.from({ length: count }, (_, i) =>
                projectArb(today, objectiveCount, `p${i}`),
              ),
            ),
          ),
        settings: settingsArb(today),
        days: fc.integer({ min: 1, max: 120 }),
        archivedObjective: fc.integer({ min: -1, max: objectiveCount - 1 }),
        studiedMinutesToday: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
        lastBuilt: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        missed: fc.array(
          fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 6 })),
          { maxLength: 2 },
        ),
        rating: ratingArb,
      })
      .map((s): SimulationInput => {
        const objectives: Objective[] = Array.from({ length: objectiveCount }, (_, i) => ({
          id: `o${i}`,
          roadmapId: 'r',
          title: `Objective ${i}`,
          order: objectiveCount - i, // note order differs from array order on purpose
          archived: i === s.archivedObjective ? 1 : 0,
        }));
        const missed = new Set<string>();
        for (const [start, length] of s.missed) {
          for (let i = start; i <= start + length; i++) missed.add(offsetDay(today, i));
        }
        const input: SimulationInput = {
          projects: s.projects,
          objectives,
          settings: { ...DEFAULT_SETTINGS, ...s.settings },
          today,
          days: s.days,
          missed,
          rating: s.rating,
        };
        if (s.studiedMinutesToday !== undefined) input.studiedMinutesToday = s.studiedMinutesToday;
        if (s.lastBuilt !== undefined) input.lastBuilt = `p${s.lastBuilt}`;
        return input;
      }),
  ),
);

/** Budget worked out independently of the planner: weekday minutes, 0 on rest days and breaks. */
function expectedBudget(settings: Settings, date: string): number {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (settings.restDays.includes(weekday)) return 0;
  if (settings.breaks.some((b) => date >= b.from && date <= b.to)) return 0;
  return settings.minutesPerWeekday[weekday] ?? 0;
}

interface ReplayDay {
  date: string;
  budget: number;
  minutes: number;
  sessions: PlannedSession[];
  backlogMinutes?: number;
  missed?: boolean;
}

interface Build {
  first: string;
  last: string;
  minutes: number;
  /** Minutes the project had left to build when the plan started. */
  need: number;
  /** The day its build minutes reached `need`. */
  done: string | null;
}

/** What a replay of the planned days found, one list of broken rules per property. */
interface Replay {
  day: string[];
  limit: string[];
  fill: string[];
  estimate: string[];
  builds: Map<string, Build>;
}

/**
 * Walks the planned sessions in order, keeping its own account of which projects are building and
 * how much each has left, and notes every rule a day breaks. Its account can only under-count
 * the projects building (one started but not yet given a piece is unseen), so a check that holds
 * for the planner holds here too.
 */
function replay(
  input: SimulationInput,
  run: { days: readonly ReplayDay[]; unplaceable: readonly UnplaceableSession[] },
): Replay {
  const { settings } = input;
  const found: Replay = { day: [], limit: [], fill: [], estimate: [], builds: new Map() };
  const byId = new Map(input.projects.map((p) => [p.id, p]));
  const archived = new Set(input.objectives.filter((o) => o.archived).map((o) => o.id));
  const plannable = (p: Project) =>
    !p.archived && p.status !== 'paused' && p.status !== 'retired' && !archived.has(p.objectiveId);
  const blocked = new Set(run.unplaceable.map((u) => u.projectId));
  const notBefore = (p: Project) =>
    p.notBefore === undefined ? -Infinity : epochToDayIndex(p.notBefore);
  const session = (p: Project) => sessionMinutesOf(p, settings);
  // A project already past its estimate still gets one session.
  const need = (p: Project) => {
    const left = estimateOf(p, settings) - Math.max(0, p.builtMinutes);
    return left > 0 ? left : session(p);
  };
  const smallestPiece = (p: Project, left: number) =>
    Math.min(MIN_SESSION_MINUTES, session(p), left);
  const live = input.projects.filter(plannable);
  const longestReview = Math.max(0, ...live.map((p) => reviewMinutesOf(p, settings)));

  const left = new Map<string, number>();
  for (const p of live) if (p.phase === 'building') left.set(p.id, need(p));
  const reviewable = new Set(live.filter((p) => p.phase === 'reviewing').map((p) => p.id));
  // The first review of each project done before the plan is due on its card's day.
  const firstReview = new Map<string, number>();
  for (const p of live) {
    if (p.phase === 'reviewing' && p.card && !blocked.has(p.id)) {
      firstReview.set(p.id, Math.max(epochToDayIndex(p.card.due), notBefore(p)));
    }
  }
  const first = dayToIndex(input.today);

  run.days.forEach((day, i) => {
    const index = first + i;
    const room = Math.max(0, day.budget - (i === 0 ? (input.studiedMinutesToday ?? 0) : 0));
    const sum = day.sessions.reduce((total, s) => total + s.minutes, 0);
    const say = (list: string[], what: string) => list.push(`${day.date}: ${what}`);
    if (day.date !== indexToDay(index)) say(found.day, 'out of sequence');
    if (day.budget !== expectedBudget(settings, day.date)) say(found.day, `budget ${day.budget}`);
    if (day.minutes !== sum) say(found.day, `minutes ${day.minutes} but sessions sum to ${sum}`);
    if (sum > room) say(found.day, `${sum} planned in ${room} free minutes`);
    if (day.missed && sum > 0) say(found.day, 'work on a missed day');
    if ((input.missed?.has(day.date) ?? false) !== (day.missed ?? false)) {
      say(found.day, 'missed flag wrong');
    }

    const reviewedToday = new Set<string>();
    let building = false;
    let recall = -Infinity;
    day.sessions.forEach((s, j) => {
      const p = byId.get(s.projectId);
      if (!p || !plannable(p)) return say(found.day, `${s.projectId} is not plannable`);
      if (notBefore(p) > index) say(found.day, `${p.id} before its postponement ends`);
      if (s.kind === 'review') {
        if (building) say(found.day, `review of ${p.id} after a build session`);
        if (!reviewable.has(p.id)) say(found.estimate, `review of ${p.id}, not built yet`);
        if (reviewedToday.has(p.id)) say(found.day, `${p.id} reviewed twice`);
        if (!s.due || s.due > day.date) say(found.day, `${p.id} reviewed before due`);
        else if (s.overdueDays !== index - dayToIndex(s.due)) say(found.day, 'overdue days');
        if ((s.recall ?? -1) < recall) say(found.day, 'reviews not lowest recall first');
        if (s.minutes !== reviewMinutesOf(p, settings)) say(found.day, 'review length');
        recall = s.recall ?? recall;
        reviewedToday.add(p.id);
        firstReview.delete(p.id);
        return;
      }
      building = true;
      if (!left.has(p.id)) {
        if (p.phase !== 'queued' || found.builds.has(p.id)) {
          return say(found.estimate, `build session for ${p.id}, which is not building`);
        }
        // The planner starts a queued project only while fewer than inProgress others build.
        if (left.size >= settings.inProgress) {
          say(found.limit, `${p.id} started while ${[...left.keys()].join(',')} build`);
        }
        left.set(p.id, need(p));
      }
      const remaining = left.get(p.id) ?? 0;
      const full = Math.min(session(p), remaining);
      // A piece may grow by a remainder too short to start a session, only to fill the day and
      // never to the end of its estimate.
      const stretch = s.minutes - full;
      if (
        s.minutes <= 0 ||
        (stretch > 0 &&
          (stretch >= Math.min(MIN_SESSION_MINUTES, session(p)) ||
            sum !== room ||
            s.minutes >= remaining))
      )
        say(found.estimate, `${p.id} piece ${s.minutes}/${full}`);
      // A shortened piece fills the rest of the day, and is never shorter than the minimum.
      if (
        s.minutes < full &&
        (s.minutes < MIN_SESSION_MINUTES || j !== day.sessions.length - 1 || sum !== room)
      ) {
        say(found.fill, `${p.id} shortened to ${s.minutes} without filling the day`);
      }
      const build = found.builds.get(p.id);
      if (build) {
        build.last = day.date;
        build.minutes += s.minutes;
      } else {
        const entry = {
          first: day.date,
          last: day.date,
          minutes: s.minutes,
          need: need(p),
          done: null,
        };
        found.builds.set(p.id, entry);
      }
      if (remaining > s.minutes) return left.set(p.id, remaining - s.minutes);
      left.delete(p.id);
      reviewable.add(p.id);
      (found.builds.get(p.id) as Build).done = day.date;
    });

    const overdue = [...firstReview].filter(([, due]) => due <= index).map(([id]) => id);
    const waitingReviews = overdue.map((id) => reviewMinutesOf(byId.get(id) as Project, settings));
    const backlog = day.backlogMinutes ?? 0;
    if (day.backlogMinutes !== undefined && backlog < waitingReviews.reduce((a, b) => a + b, 0)) {
      say(found.day, `${overdue.join(',')} due but not in the backlog of ${backlog}`);
    }
    if (day.missed) return;
    const unused = room - sum;
    if (waitingReviews.some((minutes) => unused >= minutes)) {
      say(found.fill, `${unused} free, a review of ${overdue.join(',')} due`);
    }
    for (const [id, remaining] of left) {
      const p = byId.get(id) as Project;
      if (notBefore(p) > index || blocked.has(id)) continue;
      if (unused >= smallestPiece(p, remaining))
        say(found.fill, `${unused} free, ${id} still to build`);
    }
    // With a free slot, the first waiting project starts: it fills the day too.
    const waiting = live.filter(
      (p) =>
        p.phase === 'queued' &&
        !found.builds.has(p.id) &&
        notBefore(p) <= index &&
        !blocked.has(p.id),
    );
    if (left.size < settings.inProgress && waiting.length > 0) {
      const piece = Math.max(...waiting.map((p) => smallestPiece(p, need(p))));
      if (unused >= piece) say(found.fill, `${unused} free, ${waiting.length} waiting to start`);
    }
    if (backlog > 0 && unused >= Math.min(backlog, longestReview)) {
      say(found.fill, `${unused} free with ${backlog} review minutes waiting`);
    }
  });
  for (const [id, build] of found.builds) {
    if (build.done !== null && build.minutes !== build.need) {
      found.estimate.push(`${id} done after ${build.minutes} of ${build.need} minutes`);
    }
  }
  return found;
}

const RUNS = { numRuns: 150 };

/** The scenario as the app plans it: no missed days, every review rated Good. */
function asPlanned({ missed, rating, ...input }: SimulationInput): PlanInput {
  void missed;
  void rating;
  return input;
}

describe('simulatePlan properties', () => {
  it('never plans a day over its budget, nor anything missed, postponed or not yet due', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const run = simulatePlan(input);
        expect(run.days).toHaveLength(input.days);
        expect(replay(input, run).day).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never starts a project while inProgress or more are building', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        expect(replay(input, simulatePlan(input)).limit).toEqual([]);
      }),
      RUNS,
    );
  });

  it('uses the whole budget while work remains, to within the smallest piece that could go there', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        expect(replay(input, simulatePlan(input)).fill).toEqual([]);
      }),
      RUNS,
    );
  });

  it('builds every project exactly to its estimate, reviews it only after, and plays on until all are built', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const run = simulatePlan({ ...input, until: 'end' });
        const found = replay(input, run);
        expect(found.estimate).toEqual([]);
        for (const build of found.builds.values()) {
          if (build.done === null) expect(build.minutes).toBeLessThan(build.need);
          else expect(build.done).toBe(build.last);
        }
        // The forecast stops once every project is built, else after ten years.
        const built = run.projects.filter((p) => p.done !== null).map((p) => p.projectId);
        const pending = input.projects.filter(
          (p) => p.phase !== 'reviewing' && run.projects.some((f) => f.projectId === p.id),
        );
        const tenYears = indexToDay(dayToIndex(input.today) + FORECAST_MAX_DAYS - 1);
        if (run.end !== tenYears) expect(built.sort()).toEqual(pending.map((p) => p.id).sort());
      }),
      RUNS,
    );
  });

  it('forecasts each project on the days the plan builds it, and each objective with its last project', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const input = asPlanned(scenario);
        const plan = planDays(input);
        const forecast = forecastRoadmap(input);
        const { builds } = replay(input, plan);
        const last = plan.days.at(-1)?.date ?? input.today;
        const pendingDone = new Map<string, (string | null)[]>();
        for (const [id, f] of forecast.projects) {
          const project = input.projects.find((p) => p.id === id) as Project;
          const build = builds.get(id);
          if (project.phase === 'reviewing') {
            expect([f.start, f.done, build]).toEqual([null, null, undefined]);
            continue;
          }
          expect(build?.first ?? null).toBe(f.start !== null && f.start <= last ? f.start : null);
          expect(build?.done ?? null).toBe(f.done !== null && f.done <= last ? f.done : null);
          if (f.done !== null) expect(f.start !== null && f.start <= f.done).toBe(true);
          pendingDone.set(project.objectiveId, [
            ...(pendingDone.get(project.objectiveId) ?? []),
            f.done,
          ]);
        }
        const latest = (days: (string | null)[]) =>
          days.includes(null) ? null : (days as string[]).reduce((a, b) => (a > b ? a : b));
        for (const [id, outlook] of forecast.objectives) {
          const days = pendingDone.get(id);
          expect(outlook.pending).toBe(days !== undefined);
          expect(outlook.done).toBe(days ? latest(days) : null);
        }
        const all = [...pendingDone.values()].flat();
        expect(forecast.end).toBe(all.length ? latest(all) : null);
      }),
      RUNS,
    );
  });

  it('gives the same output for the same input, whatever the project order, and leaves it unchanged', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (input, seed) => {
        const before = structuredClone(input);
        const first = simulatePlan(input);
        expect(input).toStrictEqual(before);
        expect(simulatePlan(structuredClone(input))).toStrictEqual(first);
        const shuffled = [...input.projects].sort(
          (a, b) => hash(a.id, seed) - hash(b.id, seed) || (a.id < b.id ? -1 : 1),
        );
        expect(simulatePlan({ ...input, projects: shuffled })).toStrictEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

const loadArb = (today: string): fc.Arbitrary<ReviewLoad> =>
  fc
    .array(fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: 1, max: 5 })), {
      maxLength: 20,
    })
    .map(
      (entries) => new Map(entries.map(([offset, count]) => [dayToIndex(today) + offset, count])),
    );

describe('undo property', () => {
  it('undoSession after a build session or a review gives back the exact project', () => {
    fc.assert(
      fc.property(
        todayArb.chain((today) =>
          fc.record({
            today: fc.constant(today),
            project: projectArb(today, 2, 'p'),
            load: loadArb(today),
            later: fc.integer({ min: 0, max: 30 * DAY }),
            minutes: fc.integer({ min: 1, max: 180 }),
            ticked: fc.array(fc.constantFrom('step 0', 'step 1', 'step 2', 'not a step'), {
              maxLength: 3,
            }),
            finished: fc.boolean(),
            rating: ratingArb,
          }),
        ),
        ({ today, project, load, later, minutes, ticked, finished, rating }) => {
          const before = structuredClone(project);
          const now = Math.max(project.card?.lastReview ?? 0, dayToEpoch(today)) + later;
          const base = { minutes, note: 'n', now, reviewId: 'v1' };
          const built = completeBuildSession(
            project,
            { ...base, childrenDone: ticked, finished },
            DEFAULT_SETTINGS,
            new Map(load),
          );
          expect(built.project.builtMinutes).toBe(project.builtMinutes + minutes);
          expect(undoSession(built.project, built.review, built.review.at)).toStrictEqual(project);
          const reviewed = completeReview(
            project,
            { ...base, rating },
            DEFAULT_SETTINGS,
            new Map(load),
          );
          expect(reviewed.project.card?.lastReview).toBe(now);
          expect(undoSession(reviewed.project, reviewed.review, reviewed.review.at)).toStrictEqual(
            project,
          );
          expect(project).toStrictEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });
});

function hash(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
