import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import * as filedPages from '../../lib/domain/tabs/filed-pages';
import type { Project } from '../../lib/domain/types';
import { attachResource } from '../../lib/services/attach-resource';
import { detachResource, moveResource } from '../../lib/services/manage-resource';
import { keepSuggestionIndex, type SuggestionKeeper } from '../../lib/services/tab-suggestions';
import { exampleDatabase } from '../support/example-database';
import { NOW } from '../support/test-database';

let db: WaymarkDatabase;
let projectNamed: (title: string) => Promise<Project>;
let keeper: SuggestionKeeper | undefined;
const URL = 'https://jvns.ca/blog/zines/';

beforeEach(async () => {
  ({ db, byTitle: projectNamed } = await exampleDatabase());
});
afterEach(() => {
  keeper?.stop();
  vi.restoreAllMocks();
});

/** The projects each address is filed under, as the popup asks for them. */
const filedAt = async (urls: string[]) =>
  (await keeper!.look(urls.map((url) => ({ url, title: undefined })))).filed;

describe('the filed-pages index', () => {
  it('answers after every write it has heard of, through attach, move, rename and detach', async () => {
    const build = vi.spyOn(filedPages, 'buildFiledPages');
    keeper = keepSuggestionIndex(db, { delayMs: 20, onError: () => {} });
    expect(await filedAt([URL])).toEqual([[]]);
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
    expect(await filedAt([URL, 'https://example.com/'])).toEqual([
      [{ resourceId, projectId: linux.id, projectTitle: 'Linux Internals' }],
      [],
    ]);
    expect(keeper.filedNow(URL)[0]?.projectTitle).toBe('Linux Internals');

    await moveResource(db, resourceId, kubernetes.id);
    expect((await filedAt([URL]))[0]?.[0]?.projectTitle).toBe('Kubernetes');

    await db.projects.update(kubernetes.id, { title: 'K8s' });
    expect((await filedAt([URL]))[0]?.[0]?.projectTitle).toBe('K8s');

    await detachResource(db, resourceId);
    expect(await filedAt([URL])).toEqual([[]]);
    // One build per settled change, by the one keeper.
    expect(build).toHaveBeenCalledTimes(5);
  });

  it('reads again at once for a caller after a write, instead of waiting for writes to settle', async () => {
    // A settle delay longer than the test may run: only the caller's own read can answer.
    keeper = keepSuggestionIndex(db, { delayMs: 3_600_000, onError: () => {} });
    await filedAt([URL]);
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
    await filedAt([URL]);
    const build = vi.spyOn(filedPages, 'buildFiledPages');
    expect(await filedAt([URL])).toEqual([[]]);
    expect(build).not.toHaveBeenCalled();
  });
});
