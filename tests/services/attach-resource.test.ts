import { beforeEach, describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { attachResource } from '../../lib/services/attach-resource';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

let db: WaymarkDatabase;
let buildGit: string;

beforeEach(async () => {
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  buildGit = (await db.projects.toArray()).find((p) => p.title === 'Build Git')!.id;
});

describe('attachResource', () => {
  it('stores the page as a resource of the project, classified', async () => {
    const result = await attachResource(db, {
      projectId: buildGit,
      url: 'https://github.com/git/git?utm_source=newsletter',
      title: 'git/git: Git Source Code Mirror',
      via: 'popup',
      now: NOW,
    });
    expect(result).toMatchObject({ ok: true, projectTitle: 'Build Git', updated: false });
    const rows = await db.resources.toArray();
    expect(rows).toEqual([
      expect.objectContaining({
        projectId: buildGit,
        url: 'https://github.com/git/git',
        title: 'git/git: Git Source Code Mirror',
        kind: 'repo',
        attachedAt: NOW,
        via: 'popup',
      }),
    ]);
  });

  it('attaching the same page twice updates it instead of duplicating it', async () => {
    const page = { projectId: buildGit, via: 'popup' as const, now: NOW };
    await attachResource(db, { ...page, url: 'https://git-scm.com/book/en/v2#top', title: 'Old' });
    const again = await attachResource(db, {
      ...page,
      url: 'https://git-scm.com/book/en/v2',
      title: 'Pro Git',
    });
    expect(again).toMatchObject({ ok: true, updated: true });
    expect(await db.resources.toArray()).toEqual([
      expect.objectContaining({ title: 'Pro Git', url: 'https://git-scm.com/book/en/v2' }),
    ]);
  });

  it('keeps apart two pages that differ only in a content fragment', async () => {
    const page = { projectId: buildGit, via: 'popup' as const, now: NOW, title: 'Sketch' };
    await attachResource(db, { ...page, url: 'https://excalidraw.com/#json=abc,KEY' });
    await attachResource(db, { ...page, url: 'https://excalidraw.com/#json=def,KEY2' });
    expect((await db.resources.toArray()).map((r) => r.url).sort()).toEqual([
      'https://excalidraw.com/#json=abc,KEY',
      'https://excalidraw.com/#json=def,KEY2',
    ]);
  });

  it('stores the address that works, and opens the latest anchor of the same page', async () => {
    const page = { projectId: buildGit, via: 'popup' as const, now: NOW, title: 'Pro Git' };
    await attachResource(db, { ...page, url: 'https://git-scm.com/book/en/v2/#intro' });
    const again = await attachResource(db, {
      ...page,
      url: 'https://git-scm.com/book/en/v2/#plumbing',
    });
    expect(again).toMatchObject({ ok: true, updated: true });
    expect((await db.resources.toArray()).map((r) => r.url)).toEqual([
      'https://git-scm.com/book/en/v2/#plumbing',
    ]);
  });

  it('repairs a row an older version stored without the key in its fragment', async () => {
    await db.resources.add({
      id: 'legacy',
      projectId: buildGit,
      url: 'https://mega.nz/file/AbCdEf',
      title: 'Git talk',
      kind: 'other',
      attachedAt: NOW - 1000,
      via: 'popup',
    });
    const again = await attachResource(db, {
      projectId: buildGit,
      url: 'https://mega.nz/file/AbCdEf#SecretKey123',
      title: 'Git talk',
      via: 'popup',
      now: NOW,
    });
    expect(again).toMatchObject({ ok: true, updated: true });
    expect(await db.resources.toArray()).toEqual([
      expect.objectContaining({ id: 'legacy', url: 'https://mega.nz/file/AbCdEf#SecretKey123' }),
    ]);
  });

  it.each([
    ['chrome://extensions/', /can.t be attached|browser page/i],
    ['file:///home/me/notes.md', /.+/],
    ['javascript:alert(1)', /.+/],
    ['data:text/html,<script>alert(1)</script>', /.+/],
    ['about:blank', /.+/],
    [undefined, /.+/],
  ])('refuses %s with a reason and writes nothing', async (url, reason) => {
    const result = await attachResource(db, {
      projectId: buildGit,
      url,
      title: 't',
      via: 'popup',
      now: NOW,
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
    expect(await db.resources.count()).toBe(0);
  });

  it('refuses a project that is gone', async () => {
    const result = await attachResource(db, {
      projectId: 'no-such-project',
      url: 'https://example.org/',
      title: 'x',
      via: 'context-menu',
      now: NOW,
    });
    expect(result).toEqual({ ok: false, reason: 'That project is no longer in your roadmap.' });
    expect(await db.resources.count()).toBe(0);
  });

  it('keeps a hostile title as plain text', async () => {
    const title = '<img src=x onerror=alert(1)>\u0007 Build Git';
    await attachResource(db, {
      projectId: buildGit,
      url: 'https://example.org/a',
      title,
      via: 'popup',
      now: NOW,
    });
    expect((await db.resources.toArray())[0]?.title).toBe(
      '<img src=x onerror=alert(1)>  Build Git',
    );
  });
});
