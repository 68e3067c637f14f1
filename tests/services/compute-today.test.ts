import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { computeToday } from '../../lib/services/compute-today';
import { startStudySession } from '../../lib/services/study-session';
import type { TodayView } from '../../lib/domain/today/today-view';
import { exampleDatabase } from '../support/example-database';
import { NOW } from '../support/test-database';

/** The views a live query of Today emits, until `until` accepts one. */
function nextView(
  query: () => Promise<TodayView>,
  until: (view: TodayView) => boolean,
): Promise<TodayView> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (view) => {
        if (!until(view)) return;
        subscription.unsubscribe();
        resolve(view);
      },
      error: reject,
    });
  });
}

describe('computeToday as a live query', () => {
  it('updates when a session starts: the plan and the session tables are both watched', async () => {
    const { db, byTitle } = await exampleDatabase();
    const query = () => computeToday(db, NOW);
    const first = await nextView(query, () => true);
    expect(first.active).toBeNull();
    const fly = await byTitle('Fly Dist Sys Challenges');
    const started = nextView(query, (view) => view.active !== null);
    await startStudySession(db, { projectId: fly.id, startedAt: NOW });
    expect((await started).active?.project).toBe('Fly Dist Sys Challenges');
  });

  it('updates when a page is attached to a project planned today', async () => {
    const { db, byTitle } = await exampleDatabase();
    const query = () => computeToday(db, NOW);
    await nextView(query, () => true);
    const git = await byTitle('Build Git');
    const attached = nextView(query, (view) =>
      view.sessions.some((s) => s.projectId === git.id && s.resourceCount === 1),
    );
    await db.resources.add({
      id: 'r1',
      projectId: git.id,
      url: 'https://git-scm.com/book',
      title: 'Pro Git',
      kind: 'docs',
      attachedAt: NOW,
      via: 'popup',
    });
    const view = await attached;
    expect(view.sessions.find((s) => s.projectId === git.id)?.resources[0]?.title).toBe('Pro Git');
  });
});
