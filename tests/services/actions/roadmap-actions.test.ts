import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../lib/db/settings-repository';
import type { WaymarkDatabase } from '../../../lib/db/database';
import type { Outcome } from '../../../lib/services/actions/action-outcome';
import { detachPage } from '../../../lib/services/actions/detach-page';
import { movePage } from '../../../lib/services/actions/move-page';
import { reorderObjective } from '../../../lib/services/actions/reorder-objective';
import { restoreNoteOrder } from '../../../lib/services/actions/restore-note-order';
import { setObjectiveTargetDate } from '../../../lib/services/actions/set-objective-target-date';
import { setProjectBuilding } from '../../../lib/services/actions/set-project-building';
import { setProjectEstimate } from '../../../lib/services/actions/set-project-estimate';
import { setProjectStatus } from '../../../lib/services/actions/set-project-status';
import { setSessionLength } from '../../../lib/services/actions/set-session-length';
import { tickBreakdownItem } from '../../../lib/services/actions/tick-breakdown-item';
import { exampleDatabase } from '../../support/example-database';
import { NOW } from '../../support/test-database';

const GONE = 'That project is no longer in your roadmap.';
const OBJECTIVE_GONE = 'That objective is no longer in your roadmap.';

/** The example roadmap, Build Git with a breakdown and one page attached. */
async function setUp() {
  const { db, byTitle } = await exampleDatabase();
  const git = await byTitle('Build Git');
  await db.projects.put({ ...git, children: ['Objects', 'Refs'] });
  await db.resources.add({
    id: 'page-1',
    projectId: git.id,
    url: 'https://git-scm.com/book',
    title: 'Pro Git',
    kind: 'docs',
    attachedAt: NOW,
    via: 'popup',
  });
  const lox = await byTitle('Lox Interpreter');
  const objectives = (await db.objectives.toArray()).sort((a, b) => a.order - b.order);
  return {
    db,
    deps: { db },
    ids: { git: git.id, lox: lox.id, first: objectives[0]!.id, last: objectives.at(-1)!.id },
  };
}

type Setup = Awaited<ReturnType<typeof setUp>>;
type Act = (deps: Setup['deps'], ids: Setup['ids']) => Promise<Outcome>;
type Effect = (db: WaymarkDatabase, ids: Setup['ids']) => Promise<unknown>;

const project = (db: WaymarkDatabase, id: string) => db.projects.get(id);

describe('each roadmap edit says what it did, and did it', () => {
  it.each<[string, Act, string, Effect, unknown]>([
    [
      'pause',
      (d, i) => setProjectStatus(d, i.git, 'paused'),
      'Paused: it stays out of the plan until you resume it.',
      async (db, i) => (await project(db, i.git))?.status,
      'paused',
    ],
    [
      'retire',
      (d, i) => setProjectStatus(d, i.git, 'retired'),
      'Retired: it leaves the plan for good.',
      async (db, i) => (await project(db, i.git))?.status,
      'retired',
    ],
    [
      'resume',
      (d, i) => setProjectStatus(d, i.git, 'resume'),
      'Resumed: it is back in the plan.',
      async (db, i) => (await project(db, i.git))?.status,
      'active',
    ],
    [
      'a session length, raised to the shortest a project may ask for',
      (d, i) => setSessionLength(d, i.git, 'build', 2),
      'Session length saved.',
      async (db, i) => (await project(db, i.git))?.sessionMinutes,
      5,
    ],
    [
      'a review length',
      (d, i) => setSessionLength(d, i.git, 'review', 40),
      'Review length saved.',
      async (db, i) => (await project(db, i.git))?.reviewMinutes,
      40,
    ],
    [
      'a session length back to the default',
      (d, i) => setSessionLength(d, i.git, 'build', undefined),
      'Session length back to the default.',
      async (db, i) => Object.hasOwn((await project(db, i.git))!, 'sessionMinutes'),
      false,
    ],
    [
      'an estimate',
      (d, i) => setProjectEstimate(d, i.git, 1200),
      'Estimate saved.',
      async (db, i) => (await project(db, i.git))?.estimateMinutes,
      1200,
    ],
    [
      'start a queued project now',
      (d, i) => setProjectBuilding(d, i.lox, true),
      'Started: it gets build sessions now.',
      async (db, i) => (await project(db, i.lox))?.phase,
      'building',
    ],
    [
      'put a project back in the queue',
      (d, i) => setProjectBuilding(d, i.git, false),
      'Put back in the queue.',
      async (db, i) => (await project(db, i.git))?.deferred,
      true,
    ],
    [
      'tick a breakdown item',
      (d, i) => tickBreakdownItem(d, i.git, 'Refs', true),
      'Ticked.',
      async (db, i) => (await project(db, i.git))?.childrenDone,
      ['Refs'],
    ],
    [
      'a target date',
      (d, i) => setObjectiveTargetDate(d, i.first, '2027-03-01'),
      'Target date: 2027-03-01.',
      async (db, i) => (await db.objectives.get(i.first))?.targetDate,
      '2027-03-01',
    ],
    [
      'move a page to another project',
      (d, i) => movePage(d, 'page-1', i.lox),
      'Page moved.',
      async (db, i) => (await db.resources.get('page-1'))?.projectId === i.lox,
      true,
    ],
    [
      'detach a page',
      (d) => detachPage(d, 'page-1'),
      'Page detached.',
      (db) => db.resources.get('page-1'),
      undefined,
    ],
    [
      'move an objective first',
      (d, i) => reorderObjective(d, i.last, 0),
      'Objective moved.',
      async (db, i) => (await readSettings(db)).objectiveOrder[0] === i.last,
      true,
    ],
    [
      'go back to the note’s order',
      async (d, i) => {
        await reorderObjective(d, i.last, 0);
        return restoreNoteOrder(d);
      },
      'Objectives back in the note’s order.',
      async (db) => (await readSettings(db)).objectiveOrder,
      [],
    ],
  ])('%s', async (_, act, message, effect, expected) => {
    const { db, deps, ids } = await setUp();
    expect(await act(deps, ids)).toEqual({ ok: true, message });
    expect(await effect(db, ids)).toEqual(expected);
  });
});

describe('each roadmap edit refuses in words for the user, changing nothing', () => {
  it.each<[string, Act, string]>([
    ['the status of a project gone', (d) => setProjectStatus(d, 'gone', 'paused'), GONE],
    [
      'a session length that is not a number',
      (d, i) => setSessionLength(d, i.git, 'build', Number.NaN),
      'Enter minutes from 5 to 1440.',
    ],
    [
      'a review longer than a day',
      (d, i) => setSessionLength(d, i.git, 'review', 1441),
      'Enter minutes from 5 to 1440.',
    ],
    ['the session length of a project gone', (d) => setSessionLength(d, 'gone', 'build', 30), GONE],
    [
      'an estimate of nothing',
      (d, i) => setProjectEstimate(d, i.git, 0),
      'An estimate must be more than 0 and at most 10000 hours.',
    ],
    ['starting a project gone', (d) => setProjectBuilding(d, 'gone', true), GONE],
    ['ticking an item of a project gone', (d) => tickBreakdownItem(d, 'gone', 'Refs', true), GONE],
    [
      'a target date that does not exist',
      (d, i) => setObjectiveTargetDate(d, i.first, '2027-02-30'),
      'Enter a date as YYYY-MM-DD.',
    ],
    [
      'a target date for an objective gone',
      (d) => setObjectiveTargetDate(d, 'gone', '2027-03-01'),
      OBJECTIVE_GONE,
    ],
    ['moving a page to a project gone', (d) => movePage(d, 'page-1', 'gone'), GONE],
    [
      'moving a page detached meanwhile',
      (d, i) => movePage(d, 'gone', i.lox),
      'That page is no longer attached to a project.',
    ],
    ['moving an objective gone', (d) => reorderObjective(d, 'gone', 0), OBJECTIVE_GONE],
  ])('%s', async (_, act, message) => {
    const { db, deps, ids } = await setUp();
    const before = await Promise.all([
      db.projects.toArray(),
      db.objectives.toArray(),
      db.resources.toArray(),
      db.settings.toArray(),
    ]);
    expect(await act(deps, ids)).toEqual({ ok: false, message });
    expect(
      await Promise.all([
        db.projects.toArray(),
        db.objectives.toArray(),
        db.resources.toArray(),
        db.settings.toArray(),
      ]),
    ).toEqual(before);
  });

  it.each<[string, Act]>([
    ['detach a page', (d) => detachPage(d, 'page-1')],
    ['go back to the note’s order', (d) => restoreNoteOrder(d)],
    ['pause', (d, i) => setProjectStatus(d, i.git, 'paused')],
  ])('%s: a storage failure reads as one', async (_, act) => {
    const { db, deps, ids } = await setUp();
    db.close();
    expect(await act(deps, ids)).toEqual({
      ok: false,
      message: 'Waymark’s database is closed. Reload the page.',
    });
  });
});
