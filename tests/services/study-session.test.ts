import { describe, expect, it } from 'vitest';
import { epochToDayIndex } from '../../lib/domain/schedule';
import { computeToday } from '../../lib/services/compute-today';
import {
  finishStudySession,
  startStudySession,
  undoLastSession,
} from '../../lib/services/study-session';
import { exampleDatabase } from '../support/example-database';
import { NOW } from '../support/test-database';

const HOUR = 3_600_000;

describe('a study session', () => {
  it('on the import day, Today is build sessions for the first two projects, not done ones', async () => {
    const { db } = await exampleDatabase();
    const view = await computeToday(db, NOW);
    expect(view.sessions.map((s) => [s.project, s.kind, s.minutes])).toEqual([
      ['Fly Dist Sys Challenges', 'build', 30],
      ['Build Git', 'build', 30],
    ]);
    expect(view.plannedMinutes).toBe(60);
    expect(view.next?.objective).toBe('To get into a distributed systems role');
  });

  it('a build session adds its minutes and steps; the rest of the day goes on being planned', async () => {
    const { db, byTitle } = await exampleDatabase();
    const git = await byTitle('Build Git');
    await db.projects.put({ ...git, children: ['Objects', 'Refs'] });
    await startStudySession(db, { projectId: git.id, startedAt: NOW });
    const { project, review } = await finishStudySession(db, git.id, {
      kind: 'build',
      minutes: 25.4,
      note: 'hash-object',
      childrenDone: ['Objects', 'Not a step'],
      finished: false,
      now: NOW + HOUR,
    });
    expect(project).toMatchObject({
      phase: 'building',
      builtMinutes: 25,
      childrenDone: ['Objects'],
    });
    expect(review).toMatchObject({ kind: 'build', minutes: 25, childrenDone: ['Objects'] });
    expect(review.rating).toBeUndefined();
    expect(await db.sessions.count()).toBe(0);
    // 35 min are left: one 30-min piece, which takes the 5 min after it (too short to start).
    const today = await computeToday(db, NOW + HOUR);
    expect(today.studiedMinutes).toBe(25);
    expect(today.sessions.map((s) => [s.project, s.minutes])).toEqual([
      ['Fly Dist Sys Challenges', 35],
    ]);
  });

  it('"project done" moves it to review with a card; undo puts it back exactly', async () => {
    const { db, byTitle } = await exampleDatabase();
    const before = await byTitle('Build Git');
    const { project } = await finishStudySession(db, before.id, {
      kind: 'build',
      minutes: 50,
      note: '',
      childrenDone: [],
      finished: true,
      now: NOW + HOUR,
    });
    expect(project.phase).toBe('reviewing');
    expect(project.done).toBe(true);
    expect(epochToDayIndex(project.card!.due)).toBeGreaterThan(epochToDayIndex(NOW));
    expect(await undoLastSession(db)).toEqual(before);
    expect(await byTitle('Build Git')).toEqual(before);
    expect(await db.reviews.count()).toBe(0);
  });

  it('a review moves the card on by its rating, and undo takes it back', async () => {
    const { db, byTitle } = await exampleDatabase();
    const pubsub = await byTitle('PubSub system in Rust');
    expect(pubsub.phase).toBe('reviewing');
    const { project, review } = await finishStudySession(db, pubsub.id, {
      kind: 'review',
      rating: 'good',
      minutes: 20,
      note: '',
      now: pubsub.card!.due,
    });
    expect(review).toMatchObject({ kind: 'review', rating: 'good' });
    expect(project.card!.due).toBeGreaterThan(pubsub.card!.due);
    expect(project.card!.reps).toBe(pubsub.card!.reps + 1);
    await undoLastSession(db);
    expect(await byTitle('PubSub system in Rust')).toEqual(pubsub);
  });

  it('refuses a project that is gone, and writes nothing', async () => {
    const { db } = await exampleDatabase();
    await expect(
      finishStudySession(db, 'gone', {
        kind: 'review',
        rating: 'good',
        minutes: 20,
        note: '',
        now: NOW,
      }),
    ).rejects.toThrow('That project is no longer in your roadmap.');
    expect(await db.reviews.count()).toBe(0);
  });
});
