import { describe, expect, it, vi } from 'vitest';
import { finishSession, type SessionReport } from '../../../lib/services/actions/finish-session';
import { markDone } from '../../../lib/services/actions/mark-done';
import { postponeTo } from '../../../lib/services/actions/postpone-to';
import { skipForToday } from '../../../lib/services/actions/skip-for-today';
import { startSession } from '../../../lib/services/actions/start-session';
import { undoLatestSession } from '../../../lib/services/actions/undo-latest-session';
import { buildResource } from '../../support/build-entities';
import { exampleDatabase } from '../../support/example-database';
import { NOW } from '../../support/test-database';

const HOUR = 3_600_000;
const GONE = 'That project is no longer in your roadmap.';

async function setUp() {
  const { db, byTitle } = await exampleDatabase();
  let now = NOW;
  const deps = { db, now: () => now, newId: () => 'review-1' };
  const later = (ms: number) => {
    now += ms;
  };
  return { db, deps, later, git: await byTitle('Build Git') };
}

describe('start a session', () => {
  it('stores the session, opens its pages, then keeps the group they opened in', async () => {
    const { db, deps, git } = await setUp();
    await db.resources.add(buildResource({ projectId: git.id, url: 'https://git-scm.com/book' }));
    const openTabs = vi.fn().mockResolvedValue({ groupId: 4, windowId: 2 });
    const outcome = await startSession(
      { ...deps, openTabs },
      { projectId: git.id, title: 'Build Git' },
    );
    expect(outcome).toEqual({
      ok: true,
      message: 'Studying Build Git. Opened 1 of 1 page to read.',
    });
    expect(openTabs).toHaveBeenCalledWith({
      title: 'Build Git',
      urls: ['https://git-scm.com/book'],
      colorSeed: git.id,
    });
    expect(await db.sessions.toArray()).toEqual([
      { projectId: git.id, startedAt: NOW, groupId: 4, windowId: 2 },
    ]);
  });

  it('keeps the session running when its pages cannot open', async () => {
    const { db, deps, git } = await setUp();
    const openTabs = vi.fn().mockRejectedValue(new Error('No tab groups here'));
    const outcome = await startSession(
      { ...deps, openTabs },
      { projectId: git.id, title: 'Build Git' },
    );
    expect(outcome.ok).toBe(true);
    expect(await db.sessions.toArray()).toEqual([{ projectId: git.id, startedAt: NOW }]);
  });
});

describe('finish and undo a session', () => {
  it('records the session at the action’s clock and id, then undoes it exactly', async () => {
    const { db, deps, later, git } = await setUp();
    later(HOUR);
    const report: SessionReport = {
      kind: 'build',
      minutes: 30,
      note: '',
      childrenDone: [],
      finished: false,
    };
    const outcome = await finishSession(deps, git.id, report);
    expect(outcome).toMatchObject({
      ok: true,
      project: { builtMinutes: 30 },
      review: { id: 'review-1', at: NOW + HOUR },
    });
    expect(await undoLatestSession(deps)).toEqual({
      ok: true,
      message: 'Session undone.',
    });
    expect(await db.projects.get(git.id)).toEqual(git);
  });
});

describe('project actions', () => {
  it.each([
    [
      'postpone',
      (d: Deps, id: string) => postponeTo(d, id, '2026-12-05'),
      'Postponed to 2026-12-05.',
    ],
    ['skip', (d: Deps, id: string) => skipForToday(d, id, '2026-11-28'), 'Skipped for today.'],
    [
      'mark done',
      (d: Deps, id: string) => markDone(d, id, true),
      'Done: it gets reviews from now on.',
    ],
    [
      'reopen',
      (d: Deps, id: string) => markDone(d, id, false),
      'Reopened: it gets build sessions again.',
    ],
  ])('%s says what it did', async (_label, act, message) => {
    const { deps, git } = await setUp();
    expect(await act(deps, git.id)).toEqual({ ok: true, message });
  });

  it('postpone really moves the project', async () => {
    const { db, deps, git } = await setUp();
    await postponeTo(deps, git.id, '2026-12-05');
    expect((await db.projects.get(git.id))?.notBefore).toBe(Date.UTC(2026, 11, 5));
  });
});

type Deps = Awaited<ReturnType<typeof setUp>>['deps'];

describe('every action refuses in words for the user', () => {
  it.each([
    [
      'finish',
      (d: Deps) =>
        finishSession(d, 'gone', { kind: 'review', rating: 'good', minutes: 5, note: '' }),
      GONE,
    ],
    ['postpone', (d: Deps) => postponeTo(d, 'gone', '2026-12-05'), GONE],
    ['skip', (d: Deps) => skipForToday(d, 'gone', '2026-11-28'), GONE],
    ['mark done', (d: Deps) => markDone(d, 'gone', true), GONE],
    [
      'undo a session when there is none',
      (d: Deps) => undoLatestSession(d),
      'There is no session to undo.',
    ],
  ])('%s', async (_label, act, message) => {
    const { deps } = await setUp();
    expect(await act(deps)).toEqual({ ok: false, message });
  });

  it('a storage failure reads as one, whichever action met it', async () => {
    const { db, deps, git } = await setUp();
    db.close();
    const outcome = await startSession(
      { ...deps, openTabs: vi.fn() },
      { projectId: git.id, title: 'Build Git' },
    );
    expect(outcome).toEqual({
      ok: false,
      message: 'Waymark’s database is closed. Reload the page.',
    });
  });
});
