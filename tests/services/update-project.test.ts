import { describe, expect, it } from 'vitest';
import { computeToday } from '../../lib/services/compute-today';
import {
  setBuilding,
  setChildDone,
  setDone,
  setEstimate,
  setTargetDate,
} from '../../lib/services/update-project';
import { exampleDatabase } from '../support/example-database';
import type { WaymarkDatabase } from '../../lib/db/database';
import { NOW } from '../support/test-database';

const buildsToday = async (db: WaymarkDatabase) =>
  (await computeToday(db, NOW)).sessions.filter((s) => s.kind === 'build').map((s) => s.project);

describe('changing a project', () => {
  it('done moves it to review and the next queued project takes its turn; not done reopens it', async () => {
    const { db, byTitle } = await exampleDatabase();
    const fly = await byTitle('Fly Dist Sys Challenges');
    await setDone(db, fly.id, true, NOW);
    expect(await byTitle('Fly Dist Sys Challenges')).toMatchObject({
      phase: 'reviewing',
      done: true,
    });
    expect(await buildsToday(db)).toEqual(['Build Git', 'Lox Interpreter']);
    await setDone(db, fly.id, false, NOW);
    expect(await byTitle('Fly Dist Sys Challenges')).toMatchObject({
      phase: 'building',
      done: false,
    });
  });

  it('starts a queued project out of turn and puts a building one back behind the queue', async () => {
    const { db, byTitle } = await exampleDatabase();
    const tinygrad = await byTitle('TinyGrad Contributions');
    await setBuilding(db, tinygrad.id, true);
    // It takes one of the two places in progress; the first queued project takes the other.
    expect((await buildsToday(db)).sort()).toEqual([
      'Fly Dist Sys Challenges',
      'TinyGrad Contributions',
    ]);
    await setBuilding(db, tinygrad.id, false);
    const back = await byTitle('TinyGrad Contributions');
    expect(back).toMatchObject({ phase: 'queued', deferred: true });
    expect(await buildsToday(db)).toEqual(['Fly Dist Sys Challenges', 'Build Git']);
  });

  it.each([[0], [-60], [Number.NaN], [600_001]])(
    'refuses an estimate of %s minutes',
    async (minutes) => {
      const { db, byTitle } = await exampleDatabase();
      const git = await byTitle('Build Git');
      await expect(setEstimate(db, git.id, minutes)).rejects.toThrow(/An estimate must be/);
      expect(await byTitle('Build Git')).toEqual(git);
    },
  );

  it('sets and clears an estimate, and ticks breakdown steps it knows', async () => {
    const { db, byTitle } = await exampleDatabase();
    const git = await byTitle('Build Git');
    await setEstimate(db, git.id, 1200);
    expect((await byTitle('Build Git')).estimateMinutes).toBe(1200);
    await setEstimate(db, git.id, undefined);
    expect('estimateMinutes' in (await byTitle('Build Git'))).toBe(false);
    await db.projects.put({ ...git, children: ['Objects', 'Refs'] });
    await setChildDone(db, git.id, 'Refs', true);
    await setChildDone(db, git.id, 'Unknown', true);
    expect((await byTitle('Build Git')).childrenDone).toEqual(['Refs']);
    await setChildDone(db, git.id, 'Refs', false);
    expect((await byTitle('Build Git')).childrenDone).toEqual([]);
  });

  it('sets and clears an objective’s target date, refusing a bad one', async () => {
    const { db } = await exampleDatabase();
    const [objective] = await db.objectives.toArray();
    await setTargetDate(db, objective!.id, '2027-03-01');
    expect((await db.objectives.get(objective!.id))?.targetDate).toBe('2027-03-01');
    await expect(setTargetDate(db, objective!.id, '2027-02-30')).rejects.toThrow(
      'Enter a date as YYYY-MM-DD.',
    );
    await setTargetDate(db, objective!.id, undefined);
    expect('targetDate' in (await db.objectives.get(objective!.id))!).toBe(false);
  });
});
