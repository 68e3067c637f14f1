import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import * as filedPages from '../../lib/domain/tabs/filed-pages';
import { attachResource } from '../../lib/services/attach-resource';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { detachResource, moveResource } from '../../lib/services/manage-resource';
import { keepSuggestionIndex, type SuggestionKeeper } from '../../lib/services/tab-suggestions';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

let db: WaymarkDatabase;
let keeper: SuggestionKeeper | undefined;
const URL = 'https://jvns.ca/blog/zines/';

beforeEach(async () => {
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
});
afterEach(() => {
  keeper?.stop();
  vi.restoreAllMocks();
});

const projectNamed = async (title: string) =>
  (await db.projects.toArray()).find((p) => p.title === title)!;

describe('the filed-pages index', () => {
  it('answers after every write it has heard of, through attach, move, rename and detach', async () => {
    const build = vi.spyOn(filedPages, 'buildFiledPages');
    keeper = keepSuggestionIndex(db, { delayMs: 20, onError: () => {} });
    expect(await keeper.filed([URL])).toEqual([[]]);
    const linux = await projectNamed('Linux Internals');
    const kubernetes = await projectNamed('Kubernetes');

    const attached = await attachResource(db, {
      projectId: linux.id,
      url: `${URL}?utm_source=feed`,
      title: 'Zines',
      via: 'popup',
      now: NOW,
    });
    if (!attached.ok) throw new Error('not attached');
    const resourceId = (await db.resources.toArray())[0]!.id;
    // Asked at once after the write: the answer waits for the rebuild, never the stale copy.
    expect(await keeper.filed([URL, 'https://example.com/'])).toEqual([
      [{ resourceId, projectId: linux.id, projectTitle: 'Linux Internals' }],
      [],
    ]);
    expect(keeper.filedNow(URL)[0]?.projectTitle).toBe('Linux Internals');

    await moveResource(db, resourceId, kubernetes.id);
    expect((await keeper.filed([URL]))[0]?.[0]?.projectTitle).toBe('Kubernetes');

    await db.projects.update(kubernetes.id, { title: 'K8s' });
    expect((await keeper.filed([URL]))[0]?.[0]?.projectTitle).toBe('K8s');

    await detachResource(db, resourceId);
    expect(await keeper.filed([URL])).toEqual([[]]);
    // One build per settled change, by the one keeper.
    expect(build).toHaveBeenCalledTimes(5);
  });

  it('reads again at once for a caller after a write, instead of waiting for writes to settle', async () => {
    // A settle delay longer than the test may run: only the caller's own read can answer.
    keeper = keepSuggestionIndex(db, { delayMs: 3_600_000, onError: () => {} });
    await keeper.filed([URL]);
    const linux = await projectNamed('Linux Internals');
    await attachResource(db, {
      projectId: linux.id,
      url: URL,
      title: 'Zines',
      via: 'popup',
      now: NOW,
    });
    const [[filed]] = (await keeper.look([{ url: URL, title: 'Zines' }])).filed as [[unknown]];
    expect(filed).toMatchObject({ projectId: linux.id, projectTitle: 'Linux Internals' });
  });

  it('answers from the index as it is when no write happened since it was built', async () => {
    keeper = keepSuggestionIndex(db, { delayMs: 20, onError: () => {} });
    await keeper.filed([URL]);
    const build = vi.spyOn(filedPages, 'buildFiledPages');
    expect(await keeper.filed([URL])).toEqual([[]]);
    expect(build).not.toHaveBeenCalled();
  });
});
