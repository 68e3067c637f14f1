import { describe, expect, it } from 'vitest';
import { dayToEpoch } from '../../../lib/domain/schedule/day-index';
import { spreadFirstReviews } from '../../../lib/domain/schedule/learned-card';
import {
  upgradeProgress,
  type StoredProject,
  type StoredReview,
} from '../../../lib/domain/schedule/upgrade-progress';
import { DEFAULT_SETTINGS, type MemoryCard } from '../../../lib/domain/types';

const NOW = dayToEpoch('2026-11-28', 9);
const DAY = 86_400_000;

const studiedCard: MemoryCard = {
  due: NOW + 3 * DAY,
  stability: 4.1,
  difficulty: 5,
  elapsedDays: 2,
  scheduledDays: 5,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: 2,
  lastReview: NOW - 2 * DAY,
};
const unstudiedCard: MemoryCard = { ...studiedCard, state: 0, reps: 0, lastReview: undefined };
delete unstudiedCard.lastReview;

/** A project row as version 2 wrote it. */
function old(id: string, change: Partial<StoredProject> = {}): StoredProject {
  return {
    id,
    objectiveId: 'o1',
    roadmapId: 'r1',
    key: `k:${id}`,
    title: id,
    order: 0,
    links: [],
    children: ['step'],
    done: false,
    status: 'new',
    archived: 0,
    ...change,
  };
}

/** A review row as version 2 wrote it. */
function oldReview(id: string, projectId: string, at: number, change: Partial<StoredReview> = {}) {
  const review: StoredReview = {
    id,
    projectId,
    at,
    rating: 'good',
    minutes: 30,
    note: id,
    statusBefore: 'active',
    ...change,
  };
  return review;
}

const upgrade = (projects: StoredProject[], reviews: StoredReview[] = []) =>
  upgradeProgress(projects, reviews, NOW, DEFAULT_SETTINGS);

describe('upgradeProgress: projects', () => {
  it.each<[string, StoredProject, StoredReview[], object]>([
    [
      'a done project with a studied card keeps it and is reviewed',
      old('p', { done: true, status: 'active', card: studiedCard, notBefore: NOW }),
      [oldReview('v', 'p', NOW - 2 * DAY)],
      { phase: 'reviewing', builtMinutes: 0, card: studiedCard, status: 'active', notBefore: NOW },
    ],
    [
      'a project not done with sessions is being built, its minutes summed and card dropped',
      old('p', { status: 'active', card: studiedCard }),
      [oldReview('a', 'p', NOW - 3 * DAY, { minutes: 25 }), oldReview('b', 'p', NOW - DAY)],
      { phase: 'building', builtMinutes: 55, status: 'active' },
    ],
    [
      'a project not done without sessions waits in the queue, active',
      old('p', { card: unstudiedCard }),
      [],
      { phase: 'queued', builtMinutes: 0, status: 'active' },
    ],
    [
      'a paused project keeps its status',
      old('p', { status: 'paused' }),
      [],
      { phase: 'queued', status: 'paused' },
    ],
    [
      'a retired project with sessions keeps its status',
      old('p', { status: 'retired' }),
      [oldReview('a', 'p', NOW - DAY)],
      { phase: 'building', builtMinutes: 30, status: 'retired' },
    ],
  ])('%s', (_, project, reviews, expected) => {
    const [upgraded] = upgrade([project], reviews).projects;
    expect(upgraded).toMatchObject({ ...expected, childrenDone: [], children: ['step'] });
    if (!('card' in expected)) expect(upgraded).not.toHaveProperty('card');
    expect(Object.values(upgraded!)).not.toContain(undefined);
  });

  it('gives done projects never studied learned cards, spread together in objective order', () => {
    const settings = { ...DEFAULT_SETTINGS, objectiveOrder: ['o2', 'o1'] };
    const projects = [
      old('a', { objectiveId: 'o1', order: 0, done: true }),
      old('b', { objectiveId: 'o1', order: 1, done: true, card: unstudiedCard }),
      old('c', { objectiveId: 'o2', order: 2, done: true }),
      old('d', { objectiveId: 'o3', order: 3, done: true }),
      old('e', { objectiveId: 'o2', order: 4, done: true, card: studiedCard }),
    ];
    const { projects: upgraded } = upgradeProgress(projects, [], NOW, settings);
    const spread = spreadFirstReviews(4, NOW, settings);
    const cards = Object.fromEntries(upgraded.map((p) => [p.id, p.card]));
    expect(cards).toEqual({
      c: spread[0],
      a: spread[1],
      b: spread[2],
      d: spread[3],
      e: studiedCard,
    });
    expect(upgraded.every((p) => p.phase === 'reviewing')).toBe(true);
    expect(new Set(upgraded.map((p) => p.card!.due)).size).toBe(5);
  });

  it('leaves rows already upgraded as they are: running it twice changes nothing', () => {
    const projects = [
      old('done', { done: true }),
      old('built', { status: 'active' }),
      old('waiting'),
      old('studied', { done: true, card: studiedCard }),
    ];
    const reviews = [
      oldReview('b1', 'built', NOW - 2 * DAY, { statusBefore: 'new' }),
      oldReview('b2', 'built', NOW - DAY),
      oldReview('s1', 'studied', NOW - 2 * DAY, { cardBefore: unstudiedCard }),
      oldReview('x', 'gone', NOW - DAY),
    ];
    const once = upgrade(projects, reviews);
    const twice = upgradeProgress(once.projects, once.reviews, NOW + 5 * DAY, DEFAULT_SETTINGS);
    expect(twice).toStrictEqual(once);
    twice.projects.forEach((p, i) => expect(p).toBe(once.projects[i]));
  });

  it('fills in progress fields a phased row is missing', () => {
    const partial = { ...old('p'), phase: 'building' as const, status: 'active' as const };
    expect(upgrade([partial]).projects[0]).toStrictEqual({
      ...partial,
      builtMinutes: 0,
      childrenDone: [],
    });
  });
});

describe('upgradeProgress: reviews', () => {
  it('turns the sessions of a project being built into build sessions with exact undo state', () => {
    const project = old('p', { status: 'active', notBefore: NOW + DAY });
    // Out of order on purpose: the first session is the earliest, not the first row.
    const reviews = [
      oldReview('second', 'p', NOW - DAY, { rating: 'hard', notBeforeBefore: NOW - DAY }),
      oldReview('first', 'p', NOW - 3 * DAY, {
        minutes: 20,
        statusBefore: 'new',
        cardBefore: unstudiedCard,
      }),
    ];
    expect(upgrade([project], reviews).reviews).toStrictEqual([
      {
        id: 'second',
        projectId: 'p',
        at: NOW - DAY,
        kind: 'build',
        minutes: 30,
        note: 'second',
        before: {
          phase: 'building',
          builtMinutes: 20,
          childrenDone: [],
          status: 'active',
          notBefore: NOW - DAY,
        },
      },
      {
        id: 'first',
        projectId: 'p',
        at: NOW - 3 * DAY,
        kind: 'build',
        minutes: 20,
        note: 'first',
        before: { phase: 'queued', builtMinutes: 0, childrenDone: [], status: 'active' },
      },
    ]);
  });

  it('keeps the rating and the card before of a finished project’s reviews', () => {
    const project = old('p', { done: true, status: 'active', card: studiedCard });
    const reviews = [
      oldReview('a', 'p', NOW - 5 * DAY, { statusBefore: 'new' }),
      oldReview('b', 'p', NOW - 2 * DAY, { rating: 'easy', cardBefore: unstudiedCard }),
    ];
    expect(upgrade([project], reviews).reviews).toStrictEqual([
      {
        id: 'a',
        projectId: 'p',
        at: NOW - 5 * DAY,
        kind: 'review',
        rating: 'good',
        minutes: 30,
        note: 'a',
        before: { phase: 'reviewing', builtMinutes: 0, childrenDone: [], status: 'active' },
      },
      {
        id: 'b',
        projectId: 'p',
        at: NOW - 2 * DAY,
        kind: 'review',
        rating: 'easy',
        minutes: 30,
        note: 'b',
        before: {
          phase: 'reviewing',
          builtMinutes: 0,
          childrenDone: [],
          status: 'active',
          card: unstudiedCard,
        },
      },
    ]);
  });

  it.each<[string, Partial<StoredReview>, object]>([
    ['with a rating stays a review', {}, { kind: 'review', rating: 'good' }],
    ['without one is a build session', { rating: undefined }, { kind: 'build' }],
  ])('a review of a project no longer listed %s', (_, change, expected) => {
    const review = { ...oldReview('v', 'gone', NOW), ...change };
    if (review.rating === undefined) delete review.rating;
    const [upgraded] = upgrade([], [review]).reviews;
    expect(upgraded).toMatchObject({ ...expected, before: { status: 'active' } });
    for (const key of ['statusBefore', 'cardBefore', 'notBeforeBefore'])
      expect(upgraded).not.toHaveProperty(key);
  });

  it('keeps fields it does not know about', () => {
    const review = { ...oldReview('v', 'p', NOW), extra: 1 } as StoredReview;
    const project = { ...old('p'), extra: 2 } as StoredProject;
    const upgraded = upgrade([project], [review]);
    expect(upgraded.projects[0]).toMatchObject({ extra: 2 });
    expect(upgraded.reviews[0]).toMatchObject({ extra: 1 });
  });
});
