import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeSession,
  dayToEpoch,
  dayToIndex,
  indexToDay,
  planDays,
  simulatePlan,
  undoReview,
  type PlanInput,
} from '../../../lib/domain/schedule';
import { mondayOfIndex, weekdayOfIndex } from '../../../lib/domain/schedule/day-index';
import {
  DEFAULT_SETTINGS,
  type MemoryCard,
  type Objective,
  type Project,
  type Rating,
  type Settings,
} from '../../../lib/domain/types';

const DAY = 86_400_000;
const BASE = dayToIndex('2024-01-01');
const todayArb = fc.integer({ min: 0, max: 3 * 365 }).map((n) => indexToDay(BASE + n));

/** A studied card whose due day is `dueOffset` days from today. */
const cardArb = (today: string) =>
  fc
    .record({
      dueOffset: fc.integer({ min: -60, max: 60 }),
      scheduledDays: fc.integer({ min: 1, max: 400 }),
      stability: fc.double({ min: 0.2, max: 500, noNaN: true }),
      difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
      hour: fc.integer({ min: 0, max: 23 }),
    })
    .map(({ dueOffset, scheduledDays, stability, difficulty, hour }): MemoryCard => {
      const due = dayToEpoch(indexToDay(dayToIndex(today) + dueOffset), hour);
      return {
        due,
        stability,
        difficulty,
        elapsedDays: 0,
        scheduledDays,
        learningSteps: 0,
        reps: 2,
        lapses: 0,
        state: 2,
        lastReview: due - scheduledDays * DAY,
      };
    });

const projectArb = (today: string, objectiveCount: number) =>
  fc.record(
    {
      objective: fc.integer({ min: 0, max: objectiveCount - 1 }),
      order: fc.integer({ min: 0, max: 20 }),
      status: fc.constantFrom<Project['status']>(
        'new',
        'active',
        'active',
        'active',
        'paused',
        'retired',
      ),
      done: fc.boolean(),
      archived: fc.constantFrom<0 | 1>(0, 0, 0, 0, 1),
      sessionMinutes: fc.option(fc.integer({ min: 5, max: 150 }), { nil: undefined }),
      card: fc.option(cardArb(today), { nil: undefined, freq: 2 }),
      notBeforeOffset: fc.option(fc.integer({ min: -5, max: 20 }), { nil: undefined, freq: 5 }),
    },
    { requiredKeys: ['objective', 'order', 'status', 'done', 'archived'] },
  );

const settingsArb = (today: string) =>
  fc.record({
    minutesPerWeekday: fc.tuple(
      ...Array.from({ length: 7 }, () => fc.constantFrom(0, 15, 30, 45, 60, 90, 120, 240)),
    ) as fc.Arbitrary<Settings['minutesPerWeekday']>,
    restDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    newPerWeek: fc.integer({ min: 0, max: 7 }),
    defaultSessionMinutes: fc.constantFrom(10, 20, 30, 45, 60, 90),
    breaks: fc.array(
      fc
        .tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: 0, max: 10 }))
        .map(([start, length]) => ({
          from: indexToDay(dayToIndex(today) + start),
          to: indexToDay(dayToIndex(today) + start + length),
        })),
      { maxLength: 2 },
    ),
    desiredRetention: fc.double({ min: 0.8, max: 0.95, noNaN: true }),
    maximumIntervalDays: fc.integer({ min: 1, max: 365 }),
    // Ids of objectives that may not exist, repeated or partial, as an order may be after re-imports.
    objectiveOrder: fc.array(
      fc.integer({ min: 0, max: 5 }).map((i) => `o${i}`),
      { maxLength: 6 },
    ),
  });

interface Scenario {
  input: PlanInput;
}

const scenarioArb: fc.Arbitrary<Scenario> = todayArb.chain((today) =>
  fc.integer({ min: 1, max: 4 }).chain((objectiveCount) =>
    fc
      .record({
        projects: fc.array(projectArb(today, objectiveCount), { maxLength: 40 }),
        settings: settingsArb(today),
        days: fc.integer({ min: 1, max: 45 }),
        startedThisWeek: fc.integer({ min: 0, max: 5 }),
        archivedObjective: fc.integer({ min: -1, max: objectiveCount - 1 }),
        doneToday: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 }),
      })
      .map(({ projects, settings, days, startedThisWeek, archivedObjective, doneToday }) => {
        const objectives: Objective[] = Array.from({ length: objectiveCount }, (_, i) => ({
          id: `o${i}`,
          roadmapId: 'r',
          title: `Objective ${i}`,
          order: objectiveCount - i, // roadmap order differs from array order on purpose
          archived: i === archivedObjective ? 1 : 0,
        }));
        const fullSettings: Settings = { ...DEFAULT_SETTINGS, ...settings };
        const built: Project[] = projects.map((p, i) => {
          const project: Project = {
            id: `p${i}`,
            objectiveId: `o${p.objective}`,
            roadmapId: 'r',
            key: `k${i}`,
            title: `Project ${i}`,
            order: p.order,
            links: [],
            children: [],
            done: p.done,
            status: p.card ? p.status : p.status === 'active' ? 'new' : p.status,
            archived: p.archived,
          };
          if (p.sessionMinutes !== undefined) project.sessionMinutes = p.sessionMinutes;
          if (p.card) project.card = p.card;
          if (p.notBeforeOffset !== undefined) {
            project.notBefore = dayToEpoch(indexToDay(dayToIndex(today) + p.notBeforeOffset));
          }
          return project;
        });
        return {
          input: {
            projects: built,
            objectives,
            settings: fullSettings,
            today,
            days,
            startedThisWeek,
            doneToday: doneToday.map((i) => `p${i}`),
          },
        };
      }),
  ),
);

function isPlannable(project: Project, input: PlanInput): boolean {
  const objective = input.objectives.find((o) => o.id === project.objectiveId);
  return (
    !project.archived &&
    project.status !== 'paused' &&
    project.status !== 'retired' &&
    objective?.archived !== 1
  );
}

function expectedBudget(settings: Settings, day: string): number {
  const index = dayToIndex(day);
  const weekday = weekdayOfIndex(index);
  if (settings.restDays.includes(weekday)) return 0;
  if (settings.breaks.some((b) => day >= b.from && day <= b.to)) return 0;
  return settings.minutesPerWeekday[weekday] ?? 0;
}

const minutesOf = (project: Project, settings: Settings): number =>
  project.sessionMinutes ?? settings.defaultSessionMinutes;

describe('planDays properties', () => {
  it('never plans over a day’s minutes, and nothing on rest days, breaks or 0-minute days', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input }) => {
        const result = planDays(input);
        expect(result.days).toHaveLength(input.days);
        result.days.forEach((day, i) => {
          expect(day.date).toBe(indexToDay(dayToIndex(input.today) + i));
          expect(day.budget).toBe(expectedBudget(input.settings, day.date));
          const sum = day.sessions.reduce((total, s) => total + s.minutes, 0);
          expect(day.minutes).toBe(sum);
          expect(day.minutes).toBeLessThanOrEqual(day.budget);
          if (day.budget === 0) expect(day.sessions).toEqual([]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('plans each project at most once, only plannable ones, never before due or notBefore', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input }) => {
        const result = planDays(input);
        const seen = new Set<string>();
        for (const day of result.days) {
          for (const session of day.sessions) {
            expect(seen.has(session.projectId)).toBe(false);
            seen.add(session.projectId);
            const project = input.projects.find((p) => p.id === session.projectId) as Project;
            expect(isPlannable(project, input)).toBe(true);
            if (project.notBefore !== undefined) {
              expect(dayToEpoch(day.date) + DAY).toBeGreaterThan(project.notBefore);
            }
            if (session.kind === 'review')
              expect(session.due && day.date >= session.due).toBe(true);
            if (input.doneToday?.includes(project.id)) expect(day.date).not.toBe(input.today);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('drops nothing silently: each plannable project is planned, not yet due, waiting its turn, or unplaceable', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input }) => {
        const result = planDays(input);
        const planned = new Map<string, string>();
        for (const day of result.days)
          for (const s of day.sessions) planned.set(s.projectId, day.date);
        const unplaceable = new Set(result.unplaceable.map((u) => u.projectId));
        const last = indexToDay(dayToIndex(input.today) + input.days - 1);
        const waitingNew: Project[] = [];
        for (const project of input.projects) {
          if (
            !isPlannable(project, input) ||
            planned.has(project.id) ||
            unplaceable.has(project.id)
          ) {
            continue;
          }
          if (project.card && project.card.state !== 0) {
            // Only a review not due in the horizon may be missing.
            const start = Math.max(
              dayToIndex(input.today) + (input.doneToday?.includes(project.id) ? 1 : 0),
              dayToIndex(epochDay(project.card.due)),
              project.notBefore === undefined ? -Infinity : dayToIndex(epochDay(project.notBefore)),
            );
            expect(indexToDay(start) > last).toBe(true);
          } else {
            waitingNew.push(project);
          }
        }
        // A new project may wait only for a reason. New projects start in roadmap order, so the
        // first one that finds no day (room and weekly quota) holds up those behind it; one that
        // is postponed (or done today) steps out of line and just needs no day from its start.
        const startOf = (project: Project): string => {
          let start = input.today;
          if (input.doneToday?.includes(project.id))
            start = indexToDay(dayToIndex(input.today) + 1);
          if (project.notBefore !== undefined) start = maxDay(start, epochDay(project.notBefore));
          return start;
        };
        const newStarts = input.projects
          .filter((p) =>
            result.days.some((d) =>
              d.sessions.some((s) => s.projectId === p.id && s.kind === 'new'),
            ),
          )
          .map((p) => ({ project: p, date: planned.get(p.id) as string }));
        const startedPerWeek = new Map<number, number>([
          [mondayOfIndex(dayToIndex(input.today)), input.startedThisWeek ?? 0],
        ]);
        for (const { date } of newStarts) {
          const monday = mondayOfIndex(dayToIndex(date));
          startedPerWeek.set(monday, (startedPerWeek.get(monday) ?? 0) + 1);
        }
        const hasDay = (project: Project, from: string): boolean =>
          result.days.some(
            (day) =>
              day.date >= from &&
              day.budget - day.minutes - reservedToday(input, day.date) >=
                minutesOf(project, input.settings) &&
              (startedPerWeek.get(mondayOfIndex(dayToIndex(day.date))) ?? 0) <
                input.settings.newPerWeek,
          );
        const lastInLine = newStarts
          .filter(({ project }) => startOf(project) === input.today)
          .reduce((max, { date }) => maxDay(max, date), input.today);
        const inLine = waitingNew.filter((p) => startOf(p) === input.today);
        for (const project of waitingNew.filter((p) => startOf(p) > input.today)) {
          expect(hasDay(project, startOf(project))).toBe(false);
        }
        if (inLine.length > 0) expect(inLine.some((p) => !hasDay(p, lastInLine))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and independent of the order projects come in', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), ({ input }, seed) => {
        const first = planDays(input);
        expect(planDays(structuredClone(input))).toStrictEqual(first);
        const shuffled = [...input.projects].sort(
          (a, b) => hash(a.id, seed) - hash(b.id, seed) || (a.id < b.id ? -1 : 1),
        );
        expect(planDays({ ...input, projects: shuffled }).days).toStrictEqual(first.days);
      }),
      { numRuns: 200 },
    );
  });

  it('plans the same first day whatever the horizon (so the simulation can plan one day)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input }) => {
        const long = planDays(input);
        const short = planDays({ ...input, days: 1 });
        expect(short.days[0]).toStrictEqual(long.days[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('plans every due review and new project on its first possible day when capacity is ample', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input }) => {
        const ample: PlanInput = {
          ...input,
          doneToday: [],
          settings: {
            ...input.settings,
            minutesPerWeekday: [6000, 6000, 6000, 6000, 6000, 6000, 6000],
            restDays: [],
            breaks: [],
            newPerWeek: 100,
          },
          startedThisWeek: 0,
        };
        const result = planDays(ample);
        expect(result.unplaceable).toEqual([]);
        for (const project of input.projects.filter((p) => isPlannable(p, input))) {
          let first = input.today;
          if (project.card) first = maxDay(first, epochDay(project.card.due));
          if (project.notBefore !== undefined) first = maxDay(first, epochDay(project.notBefore));
          const plannedOn = result.days.find((d) =>
            d.sessions.some((s) => s.projectId === project.id),
          );
          if (first > (result.days.at(-1)?.date ?? '')) expect(plannedOn).toBeUndefined();
          else expect(plannedOn?.date).toBe(first);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('simulation properties', () => {
  it('starts every new project within a bounded time when capacity allows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 5 }),
        todayArb,
        (count, perWeek, today) => {
          const projects: Project[] = Array.from({ length: count }, (_, i) => ({
            id: `p${i}`,
            objectiveId: 'o',
            roadmapId: 'r',
            key: `k${i}`,
            title: `P${i}`,
            order: i,
            links: [],
            children: [],
            done: false,
            status: 'new',
            archived: 0,
          }));
          const settings: Settings = {
            ...DEFAULT_SETTINGS,
            newPerWeek: perWeek,
            minutesPerWeekday: [
              30 * count,
              30 * count,
              30 * count,
              30 * count,
              30 * count,
              30 * count,
              30 * count,
            ],
          };
          const bound = (Math.ceil(count / perWeek) + 1) * 7;
          const run = simulatePlan({
            projects,
            objectives: [{ id: 'o', roadmapId: 'r', title: 'O', order: 0, archived: 0 }],
            settings,
            today,
            days: bound,
          });
          const started = new Set(
            run.days.flatMap((d) =>
              d.sessions.filter((s) => s.kind === 'new').map((s) => s.projectId),
            ),
          );
          expect(started.size).toBe(count);
          for (const day of run.days) expect(day.minutes).toBeLessThanOrEqual(day.budget);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is deterministic: same input, same days', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom<Rating>('again', 'hard', 'good', 'easy'),
        ({ input }, rating) => {
          const a = simulatePlan({ ...input, days: 20, rating });
          const b = simulatePlan({ ...structuredClone(input), days: 20, rating });
          expect(b).toStrictEqual(a);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('undo property', () => {
  it('undoReview(completeSession(p)) restores the exact previous project', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom<Rating>('again', 'hard', 'good', 'easy'),
        fc.integer({ min: 0, max: 30 * DAY }),
        ({ input }, rating, later) => {
          for (const project of input.projects) {
            const now = Math.max(project.card?.lastReview ?? 0, dayToEpoch(input.today)) + later;
            const done = completeSession(
              project,
              { rating, minutes: 25, note: 'n', now, reviewId: 'r1' },
              input.settings,
            );
            expect(done.project.status).toBe('active');
            expect(done.review.statusBefore).toBe(project.status);
            expect(undoReview(done.project, done.review)).toStrictEqual(project);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

function epochDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}

function reservedToday(input: PlanInput, date: string): number {
  if (date !== input.today) return 0;
  return (input.doneToday ?? [])
    .map((id) => input.projects.find((p) => p.id === id))
    .reduce((sum, p) => sum + (p ? minutesOf(p, input.settings) : 0), 0);
}

function hash(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
