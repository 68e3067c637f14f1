import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { POPUP_UNDO_MS } from '../../lib/domain/tabs/attach-undo';
import { describeBulkResult, recordAttach } from '../../lib/services/attach-message';
import { attachResource } from '../../lib/services/attach-resource';
import { attachTabs } from '../../lib/services/attach-tabs';
import { undoAttach } from '../../lib/services/undo-attach';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

let db: WaymarkDatabase;
let ids: Record<string, string>;

beforeEach(async () => {
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  ids = Object.fromEntries((await db.projects.toArray()).map((p) => [p.title, p.id]));
});

describe('attachTabs', () => {
  it('files every chosen tab as a bulk attach and refuses the unattachable ones alone', async () => {
    const results = await attachTabs(
      db,
      [
        { projectId: ids['Kubernetes']!, url: 'https://kubernetes.io/docs/', title: 'Kubernetes' },
        {
          projectId: ids['Lox Interpreter']!,
          url: 'https://craftinginterpreters.com/?utm_source=x',
          title: 'Crafting Interpreters',
        },
        { projectId: ids['Docker']!, url: 'chrome://settings/', title: 'Settings' },
      ],
      NOW,
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    const rows = (await db.resources.toArray()).sort((a, b) => a.url.localeCompare(b.url));
    expect(rows.map((r) => [r.url, r.via, r.kind])).toEqual([
      ['https://craftinginterpreters.com/', 'bulk', 'other'],
      ['https://kubernetes.io/docs/', 'bulk', 'docs'],
    ]);
    expect(describeBulkResult(results)).toEqual({
      ok: false,
      message: 'Attached 2 tabs to 2 projects. 1 tab refused.',
    });
  });

  it('writes nothing when the transaction fails part-way', async () => {
    const put = db.resources.put.bind(db.resources);
    let calls = 0;
    vi.spyOn(db.resources, 'put').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return put(...args);
    });
    await expect(
      attachTabs(
        db,
        [
          { projectId: ids['Kubernetes']!, url: 'https://kubernetes.io/a', title: 'A' },
          { projectId: ids['Kubernetes']!, url: 'https://kubernetes.io/b', title: 'B' },
        ],
        NOW,
      ),
    ).rejects.toThrow('disk full');
    expect(await db.resources.count()).toBe(0);
  });
});

describe('undoAttach', () => {
  it('removes a new row and restores an updated one', async () => {
    const first = await attachResource(db, {
      projectId: ids['Build Git']!,
      url: 'https://git-scm.com/book',
      title: 'Old title',
      via: 'popup',
      now: NOW,
    });
    const again = await attachResource(db, {
      projectId: ids['Build Git']!,
      url: 'https://git-scm.com/book#top',
      title: 'Pro Git',
      via: 'command',
      now: NOW + 1,
    });
    const fresh = await attachResource(db, {
      projectId: ids['Build Git']!,
      url: 'https://github.com/git/git',
      title: 'git/git',
      via: 'command',
      now: NOW + 2,
    });
    const record = recordAttach([again, fresh], { via: 'command', at: NOW + 2, tabId: 3 });
    expect(record?.summary).toBe('2 tabs attached');

    expect(await undoAttach(db, record!, NOW + 2, POPUP_UNDO_MS)).toEqual({
      removed: 1,
      restored: 1,
    });
    const rows = await db.resources.toArray();
    expect(rows).toEqual([first.ok && first.resource]);
  });

  it('puts a bulk batch that attached one page twice back as it was', async () => {
    const results = await attachTabs(
      db,
      [
        { projectId: ids['Docker']!, url: 'https://docs.docker.com/', title: 'Docker docs' },
        { projectId: ids['Docker']!, url: 'https://docs.docker.com/#x', title: 'Docker Docs' },
      ],
      NOW,
    );
    const record = recordAttach(results, { via: 'bulk', at: NOW });
    await undoAttach(db, record!, NOW, POPUP_UNDO_MS);
    expect(await db.resources.count()).toBe(0);
  });

  it('records nothing to undo when nothing was written', () => {
    expect(recordAttach([{ ok: false, reason: 'no' }], { via: 'popup', at: NOW })).toBeNull();
  });

  it('names the page and the project of a single attach', async () => {
    const result = await attachResource(db, {
      projectId: ids['Lox Interpreter']!,
      url: 'https://craftinginterpreters.com/',
      title: 'Crafting Interpreters',
      via: 'popup',
      now: NOW,
    });
    expect(recordAttach([result], { via: 'popup', at: NOW })?.summary).toBe(
      '“Crafting Interpreters” → “Lox Interpreter”',
    );
  });
});
