import { addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  balanceDue,
  completeBuildSession,
  completeReview,
  dayToEpoch,
  epochToDay,
  epochToDayIndex,
  finishedCard,
  planDays,
  postponeProject,
  progressOf,
  putBack,
  reopenProject,
  rescheduleAll,
  scheduleNext,
  skipToday,
  startNow,
  undoSession,
  type ReviewLoad,
} from '../../../lib/domain/schedule';
import {
  DEFAULT_SETTINGS,
  type MemoryCard,
  type Project,
  type Rating,
  type Review,
} from '../../../lib/domain/types';
import { project as makeProject, reviewing } from './schedule-fixtures';

const NOW = dayToEpoch('2025-01-06', 9);
const DAY = 86_400_000;

const project = (extra: Partial<Project> = {}) =>
  makeProject('p1', { title: 'Build Git', children: ['parse objects', 'write trees'], ...extra });

/** The project's card, failing the test loudly when there is none. */
function cardOf(p: Project | undefined): MemoryCard {
  if (!p?.card) throw new Error('expected a card');
  return p.card;
}

const build = (
  extra: Partial<{ minutes: number; childrenDone: string[]; finished: boolean; now: number }> = {},
) => ({
  minutes: 40,
  note: 'ok',
  now: NOW,
  reviewId: 'rev1',
  childrenDone: [],
  finished: false,
  ...extra,
});

const rated = (rating: Rating, now = NOW) => ({
  rating,
  minutes: 20,
  note: 'ok',
  now,
  reviewId: 'rev1',
});

describe('completeBuildSession', () => {
  it.each<[string, Project['phase'], Partial<Project>]>([
    ['a queued project worked on out of turn', 'building', { deferred: true }],
    ['a building project', 'building', { phase: 'building', status: 'active', builtMinutes: 100 }],
    ['a project being reviewed', 'reviewing', { phase: 'reviewing', done: true, status: 'active' }],
  ])('counts the minutes of %s, which is then %s', (_label, phase, extra) => {
    const before = project({ ...extra, notBefore: dayToEpoch('2025-01-09') });
    const { project: after, review } = completeBuildSession(
      before,
      build(),
      DEFAULT_SETTINGS,
      new Map(),
    );
    expect(after).toMatchObject({
      phase,
      status: 'active',
      builtMinutes: before.builtMinutes + 40,
    });
    expect(after.notBefore).toBeUndefined();
    expect(after.deferred).toBeUndefined();
    expect(review).toStrictEqual({
      id: 'rev1',
      projectId: 'p1',
      at: NOW,
      kind: 'build',
      minutes: 40,
      note: 'ok',
      before: progressOf(before),
    });
  });

  it('keeps the breakdown items ticked in the session, only new ones of this project', () => {
    const before = project({ phase: 'building', childrenDone: ['parse objects'] });
    const ticked = ['parse objects', 'write trees', 'not a step'];
    const { project: after, review } = completeBuildSession(
      before,
      build({ childrenDone: ticked }),
      DEFAULT_SETTINGS,
      new Map(),
    );
    expect(after.childrenDone).toEqual(['parse objects', 'write trees']);
    expect(review.childrenDone).toEqual(['write trees']);
  });

  it('"project done" moves it to review with a card learned now, due on the lightest day of its window', () => {
    const learned = finishedCard(NOW, DEFAULT_SETTINGS);
    const due = epochToDayIndex(learned.due);
    // The FSRS day is full; the day after it (inside the window) is free.
    const load: ReviewLoad = new Map([[due, 4]]);
    const { project: after, review } = completeBuildSession(
      project({ phase: 'building' }),
      build({ finished: true }),
      DEFAULT_SETTINGS,
      load,
    );
    expect(after).toMatchObject({ phase: 'reviewing', done: true });
    expect(review.finished).toBe(true);
    expect(cardOf(after).due).toBe(addDays(learned.due, 1).getTime());
    expect(cardOf(after).lastReview).toBe(NOW);
    expect(load.get(due + 1)).toBe(1);
  });
});

describe('completeReview', () => {
  it.each(['again', 'hard', 'good', 'easy'] as const)(
    'rated %s, moves the card on by FSRS to a balanced day and records the rating',
    (rating) => {
      const before = reviewing('p1', '2025-01-06', { notBefore: dayToEpoch('2025-01-06') });
      const load: ReviewLoad = new Map();
      const { project: after, review } = completeReview(
        before,
        rated(rating),
        DEFAULT_SETTINGS,
        load,
      );
      const expected = balanceDue(
        scheduleNext(before.card, rating, NOW, DEFAULT_SETTINGS),
        new Map(),
      );
      expect(after.card).toStrictEqual(expected);
      expect(after).toMatchObject({ phase: 'reviewing', done: true });
      expect(after.notBefore).toBeUndefined();
      expect(review).toMatchObject({
        kind: 'review',
        rating,
        minutes: 20,
        before: progressOf(before),
      });
      expect(load.get(epochToDayIndex(expected.due))).toBe(1);
    },
  );

  it('after Again, building it again keeps the card as history and stops its reviews until built', () => {
    const reviewed = completeReview(
      reviewing('p1', '2025-01-06'),
      rated('again'),
      DEFAULT_SETTINGS,
      new Map(),
    );
    const reopened = reopenProject(reviewed.project);
    expect(reopened).toMatchObject({ phase: 'building', done: false, card: reviewed.project.card });
    const plan = planDays({
      projects: [reopened],
      objectives: [],
      settings: DEFAULT_SETTINGS,
      today: '2025-01-07',
      days: 7,
    });
    expect(plan.days.flatMap((d) => d.sessions.map((s) => s.kind))).not.toContain('review');
  });
});

describe('undoSession', () => {
  type Act = (p: Project) => { project: Project; review: Review };
  const built: Act = (p) =>
    completeBuildSession(p, build({ childrenDone: ['write trees'] }), DEFAULT_SETTINGS, new Map());
  const finished: Act = (p) =>
    completeBuildSession(p, build({ finished: true }), DEFAULT_SETTINGS, new Map());
  const reviewed: Act = (p) => completeReview(p, rated('hard'), DEFAULT_SETTINGS, new Map());

  it.each<[string, Act, Project]>([
    [
      'a build session of a queued, put back and postponed project',
      built,
      project({ deferred: true, notBefore: dayToEpoch('2025-01-08') }),
    ],
    ['the "project done" session', finished, project({ phase: 'building', builtMinutes: 500 })],
    ['a review', reviewed, reviewing('p1', '2025-01-02', { notBefore: dayToEpoch('2025-01-06') })],
    [
      'a first review of a project without a card',
      reviewed,
      project({ phase: 'reviewing', done: true }),
    ],
  ])('puts back exactly the project before %s', (_label, act, before) => {
    const done = act(before);
    const undone = undoSession(done.project, done.review, done.review.at);
    expect(undone).toStrictEqual(before);
    expect('card' in undone).toBe('card' in before);
  });

  it('refuses to undo an older session, or one of another project', () => {
    const first = completeBuildSession(project(), build(), DEFAULT_SETTINGS, new Map());
    const second = completeBuildSession(
      first.project,
      build({ now: NOW + DAY }),
      DEFAULT_SETTINGS,
      new Map(),
    );
    expect(() => undoSession(second.project, first.review, second.review.at)).toThrow(/latest/);
    expect(() =>
      undoSession({ ...second.project, id: 'other' }, second.review, second.review.at),
    ).toThrow(/another project/);
    expect(undoSession(second.project, second.review, second.review.at)).toStrictEqual(
      first.project,
    );
  });
});

describe('project phases', () => {
  it.each<[string, (p: Project) => Project, Project['phase'], boolean | undefined]>([
    ['start now', startNow, 'building', undefined],
    ['put back', putBack, 'queued', true],
    ['reopen', reopenProject, 'building', true],
  ])('%s sets the phase and keeps the build minutes', (_label, act, phase, deferred) => {
    const after = act(
      project({ phase: 'reviewing', done: true, builtMinutes: 90, deferred: true }),
    );
    expect([after.phase, after.done, after.builtMinutes, after.deferred]).toEqual([
      phase,
      false,
      90,
      deferred,
    ]);
  });
});

describe('postponeProject and skipToday', () => {
  it.each([
    ['postpone', (p: Project) => postponeProject(p, '2025-01-10'), '2025-01-10'],
    ['skip today', (p: Project) => skipToday(p, '2025-01-06'), '2025-01-07'],
    ['skip across a DST change', (p: Project) => skipToday(p, '2025-03-29'), '2025-03-30'],
  ])('%s sets notBefore to local midnight of the right day', (_label, act, day) => {
    const before = project();
    const after = act(before);
    expect(epochToDay(after.notBefore ?? 0)).toBe(day);
    expect(after.notBefore).toBe(dayToEpoch(day));
    expect(before.notBefore).toBeUndefined();
  });

  it('keeps a skipped review off today in the plan and puts it tomorrow', () => {
    const due = reviewing('p1', '2025-01-05');
    const input = { objectives: [], settings: DEFAULT_SETTINGS, today: '2025-01-06', days: 3 };
    expect(planDays({ ...input, projects: [due] }).days[0]?.sessions).toHaveLength(1);
    const skipped = planDays({ ...input, projects: [skipToday(due, '2025-01-06')] });
    expect(skipped.days.map((d) => d.sessions.length)).toEqual([0, 1, 0]);
  });
});

describe('rescheduleAll', () => {
  const studied = completeReview(
    project({ phase: 'reviewing' }),
    rated('good'),
    DEFAULT_SETTINGS,
    new Map(),
  ).project;
  const again = completeReview(
    studied,
    rated('good', cardOf(studied).due),
    DEFAULT_SETTINGS,
    new Map(),
  ).project;

  it('leaves the card a reopened project keeps: it is not reviewed while it builds', () => {
    const reopened = { ...again, phase: 'building' as const, done: false };
    const [result] = rescheduleAll(
      [reopened],
      { ...DEFAULT_SETTINGS, desiredRetention: 0.97 },
      NOW,
    );
    expect(result).toBe(reopened);
  });

  it('returns unchanged projects as the same objects when nothing changes', () => {
    const fresh = makeProject('fresh');
    const result = rescheduleAll([again, fresh], DEFAULT_SETTINGS, NOW);
    expect(result[0]).toBe(again);
    expect(result[1]).toBe(fresh);
  });

  it.each([
    ['higher retention shortens the interval', { desiredRetention: 0.97 }, 'shorter'],
    ['lower retention lengthens the interval', { desiredRetention: 0.8 }, 'longer'],
    ['a lower maximum caps it', { maximumIntervalDays: 3 }, 'shorter'],
  ] as const)('%s, counted from the last review', (_label, change, direction) => {
    const settings = { ...DEFAULT_SETTINGS, ...change };
    const [result] = rescheduleAll([again], settings, NOW);
    const before = cardOf(again);
    const after = cardOf(result);
    if (direction === 'shorter') expect(after.scheduledDays).toBeLessThan(before.scheduledDays);
    else expect(after.scheduledDays).toBeGreaterThan(before.scheduledDays);
    expect(after.due).toBe(addDays(before.lastReview ?? 0, after.scheduledDays).getTime());
    expect({ ...after, due: 0, scheduledDays: 0 }).toStrictEqual({
      ...before,
      due: 0,
      scheduledDays: 0,
    });
    if ('maximumIntervalDays' in change) expect(after.scheduledDays).toBeLessThanOrEqual(3);
  });
});
