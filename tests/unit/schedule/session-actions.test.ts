import { addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  completeSession,
  dayToEpoch,
  epochToDay,
  planDays,
  postponeProject,
  rescheduleAll,
  scheduleNext,
  skipToday,
  undoReview,
} from '../../../lib/domain/schedule';
import {
  DEFAULT_SETTINGS,
  type MemoryCard,
  type Project,
  type Rating,
} from '../../../lib/domain/types';

const NOW = dayToEpoch('2025-01-06', 9);

function project(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p1',
    objectiveId: 'o1',
    roadmapId: 'r',
    key: 'p1',
    title: 'Build Git',
    order: 0,
    links: [],
    children: [],
    done: false,
    status: 'new',
    archived: 0,
    ...overrides,
  };
}

/** The project's card, failing the test loudly when there is none. */
function cardOf(p: Project | undefined): MemoryCard {
  if (!p?.card) throw new Error('expected a studied project');
  return p.card;
}

const outcome = (rating: Rating, now = NOW) => ({
  rating,
  minutes: 40,
  note: 'ok',
  now,
  reviewId: 'rev1',
});

describe('completeSession', () => {
  it.each(['again', 'hard', 'good', 'easy'] as const)(
    'records a %s rating and schedules the next session',
    (rating) => {
      const before = project();
      const { project: after, review } = completeSession(before, outcome(rating), DEFAULT_SETTINGS);
      expect(after.status).toBe('active');
      expect(after.card).toStrictEqual(scheduleNext(undefined, rating, NOW, DEFAULT_SETTINGS));
      expect(review).toStrictEqual({
        id: 'rev1',
        projectId: 'p1',
        at: NOW,
        rating,
        minutes: 40,
        note: 'ok',
        statusBefore: 'new',
      });
      expect(before).toStrictEqual(project());
    },
  );

  it('keeps the card before and clears a postponement, both restored by undo', () => {
    const first = completeSession(project(), outcome('good'), DEFAULT_SETTINGS).project;
    const postponed = postponeProject(first, '2025-01-20');
    const later = (first.card?.due ?? 0) + 86_400_000;
    const { project: after, review } = completeSession(
      postponed,
      outcome('hard', later),
      DEFAULT_SETTINGS,
    );
    expect(review.cardBefore).toStrictEqual(first.card);
    expect(review.statusBefore).toBe('active');
    expect(after.notBefore).toBeUndefined();
    expect(undoReview(after, review)).toStrictEqual(postponed);
  });

  it('keeps done projects done and reviews them at growing intervals', () => {
    let current = project({ done: true });
    let now = NOW;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      current = completeSession(current, outcome('good', now), DEFAULT_SETTINGS).project;
      intervals.push(current.card?.scheduledDays ?? 0);
      now = current.card?.due ?? now;
    }
    expect(current.done).toBe(true);
    expect(intervals).toEqual([...intervals].sort((a, b) => a - b));
    expect(new Set(intervals).size).toBe(4);
  });
});

describe('undoReview', () => {
  it('restores a never-studied project exactly (no card key at all)', () => {
    const before = project();
    const done = completeSession(before, outcome('easy'), DEFAULT_SETTINGS);
    const undone = undoReview(done.project, done.review);
    expect(undone).toStrictEqual(before);
    expect('card' in undone).toBe(false);
  });

  it.each([
    ['an older review', (p: Project) => ({ ...p, card: { ...cardOf(p), lastReview: 1 } })],
    ['another project', (p: Project) => ({ ...p, id: 'other' })],
  ])('refuses to undo %s', (_label, alter) => {
    const done = completeSession(project(), outcome('good'), DEFAULT_SETTINGS);
    expect(() => undoReview(alter(done.project), done.review)).toThrow();
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

  it('keeps a skipped project off today in the plan and puts it tomorrow', () => {
    const due = completeSession(
      project(),
      outcome('again', dayToEpoch('2025-01-05', 9)),
      DEFAULT_SETTINGS,
    ).project;
    const input = { objectives: [], settings: DEFAULT_SETTINGS, today: '2025-01-06', days: 3 };
    expect(planDays({ ...input, projects: [due] }).days[0]?.sessions).toHaveLength(1);
    const skipped = planDays({ ...input, projects: [skipToday(due, '2025-01-06')] });
    expect(skipped.days.map((d) => d.sessions.length)).toEqual([0, 1, 0]);
  });
});

describe('rescheduleAll', () => {
  const studied = completeSession(project(), outcome('good'), DEFAULT_SETTINGS).project;
  const again = completeSession(
    studied,
    outcome('good', cardOf(studied).due),
    DEFAULT_SETTINGS,
  ).project;

  it('returns unchanged projects as the same objects when nothing changes', () => {
    const fresh = project({ id: 'fresh' });
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
