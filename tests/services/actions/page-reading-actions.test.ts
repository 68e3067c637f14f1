import { describe, expect, it, vi } from 'vitest';
import { MAX_PAGE_NOTE_LENGTH } from '../../../lib/domain/reading/page-note';
import { PAGES_PER_SESSION } from '../../../lib/domain/reading/pages-to-open';
import { backupDatabase } from '../../../lib/services/backup-database';
import { finishSession } from '../../../lib/services/actions/finish-session';
import { setPageNote } from '../../../lib/services/actions/set-page-note';
import { setPageRead } from '../../../lib/services/actions/set-page-read';
import { startSession } from '../../../lib/services/actions/start-session';
import { undoLatestSession } from '../../../lib/services/actions/undo-latest-session';
import { readBackup, restoreBackup } from '../../../lib/services/restore-backup';
import { buildResource } from '../../support/build-entities';
import { exampleDatabase } from '../../support/example-database';
import { NOW } from '../../support/test-database';

const HOUR = 3_600_000;
const GONE = 'That page is no longer attached to a project.';

async function setUp(pageCount = 2) {
  const { db, byTitle } = await exampleDatabase();
  const git = await byTitle('Build Git');
  const other = (await db.projects.toArray()).find((p) => p.id !== git.id)!;
  let now = NOW;
  const deps = { db, now: () => now, newId: () => 'review-1' };
  const pages = Array.from({ length: pageCount }, (_, i) =>
    buildResource({ id: `p${i}`, projectId: git.id, attachedAt: NOW - (i + 1) * HOUR }),
  );
  await db.resources.bulkAdd([...pages, buildResource({ id: 'elsewhere', projectId: other.id })]);
  return { db, deps, git, later: (ms: number) => (now += ms) };
}

describe('mark a page read or to read', () => {
  it('records when it was read, and forgets it when put back to read', async () => {
    const { db, deps, later } = await setUp();
    expect(await setPageRead(deps, 'p0', true)).toEqual({
      ok: true,
      message: '“Page p0” is read.',
    });
    expect((await db.resources.get('p0'))?.readAt).toBe(NOW);
    later(HOUR);
    // Marking it read again keeps the first time.
    await setPageRead(deps, 'p0', true);
    expect((await db.resources.get('p0'))?.readAt).toBe(NOW);
    expect(await setPageRead(deps, 'p0', false)).toEqual({
      ok: true,
      message: '“Page p0” is to read.',
    });
    expect(Object.hasOwn((await db.resources.get('p0'))!, 'readAt')).toBe(false);
  });

  it('refuses in words when the page is gone', async () => {
    const { deps } = await setUp();
    expect(await setPageRead(deps, 'gone', true)).toEqual({ ok: false, message: GONE });
  });
});

describe('set a page’s note', () => {
  it.each<[string, string, string | undefined, string]>([
    [
      'keeps one trimmed line',
      '  up to 3.2\nthen exercises ',
      'up to 3.2 then exercises',
      'Note saved.',
    ],
    ['removes a blank note', ' \n ', undefined, 'Note removed.'],
    [
      'keeps a note at the cap',
      'x'.repeat(MAX_PAGE_NOTE_LENGTH),
      'x'.repeat(MAX_PAGE_NOTE_LENGTH),
      'Note saved.',
    ],
  ])('%s', async (_, typed, kept, message) => {
    const { db, deps } = await setUp();
    await db.resources.update('p0', { note: 'old' });
    expect(await setPageNote(deps, 'p0', typed)).toEqual({ ok: true, message });
    expect((await db.resources.get('p0'))?.note).toBe(kept);
  });

  it.each([
    [
      'a note past the cap',
      'p0',
      'x'.repeat(MAX_PAGE_NOTE_LENGTH + 1),
      `A page’s note is at most ${MAX_PAGE_NOTE_LENGTH} characters.`,
    ],
    ['a page that is gone', 'gone', 'hello', GONE],
  ])('refuses %s', async (_, id, typed, message) => {
    const { db, deps } = await setUp();
    expect(await setPageNote(deps, id, typed)).toEqual({ ok: false, message });
    expect((await db.resources.get('p0'))?.note).toBeUndefined();
  });
});

describe('finish a session with pages read', () => {
  it('marks the ticked pages of the project read in the same save, and no others', async () => {
    const { db, deps, git, later } = await setUp(3);
    await db.resources.update('p2', { readAt: NOW - HOUR });
    later(HOUR);
    const outcome = await finishSession(deps, git.id, {
      kind: 'build',
      minutes: 30,
      note: '',
      childrenDone: [],
      finished: false,
      pagesRead: ['p0', 'p2', 'elsewhere', 'gone'],
    });
    expect(outcome.ok).toBe(true);
    const readAt = async (id: string) => (await db.resources.get(id))?.readAt;
    expect([
      await readAt('p0'),
      await readAt('p1'),
      await readAt('p2'),
      await readAt('elsewhere'),
    ]).toEqual([NOW + HOUR, undefined, NOW - HOUR, undefined]);
  });

  it('marks nothing read when the session cannot be saved', async () => {
    const { db, deps } = await setUp();
    const outcome = await finishSession(deps, 'gone', {
      kind: 'review',
      rating: 'good',
      minutes: 5,
      note: '',
      pagesRead: ['p0'],
    });
    expect(outcome.ok).toBe(false);
    expect((await db.resources.get('p0'))?.readAt).toBeUndefined();
    expect(await undoLatestSession(deps)).toMatchObject({ ok: false });
  });
});

describe('start a session', () => {
  it('opens the pages still to read first, capped, and says how many are left', async () => {
    const { db, deps, git } = await setUp(PAGES_PER_SESSION + 2);
    // The newest page is read: it opens only after every page still to read.
    await db.resources.update('p0', { readAt: NOW });
    const openTabs = vi.fn().mockResolvedValue({});
    const outcome = await startSession(
      { ...deps, openTabs },
      { projectId: git.id, title: 'Build Git' },
    );
    expect(outcome).toEqual({
      ok: true,
      message: `Studying Build Git. Opened ${PAGES_PER_SESSION} of ${PAGES_PER_SESSION + 1} pages to read.`,
    });
    const urls = Array.from(
      { length: PAGES_PER_SESSION },
      (_, i) => `https://example.org/p${i + 1}`,
    );
    expect(openTabs).toHaveBeenCalledWith({ title: 'Build Git', urls, colorSeed: git.id });
  });

  it('says nothing of pages to read when every page is read', async () => {
    const { db, deps, git } = await setUp(1);
    await db.resources.update('p0', { readAt: NOW });
    const openTabs = vi.fn().mockResolvedValue({});
    const outcome = await startSession(
      { ...deps, openTabs },
      { projectId: git.id, title: 'Build Git' },
    );
    expect(outcome).toEqual({ ok: true, message: 'Studying Build Git.' });
    expect(openTabs).toHaveBeenCalledWith(
      expect.objectContaining({ urls: ['https://example.org/p0'] }),
    );
  });
});

describe('backups', () => {
  it('keep read state and notes through export and restore', async () => {
    const { db } = await setUp();
    await db.resources.update('p0', { readAt: NOW, note: 'chapter 3 left' });
    const before = await db.resources.toArray();
    const file = await backupDatabase(db, new Date(NOW));
    await db.resources.clear();
    await restoreBackup(db, readBackup(db, file.text, new Date(NOW)));
    expect(await db.resources.toArray()).toStrictEqual(before);
  });

  it('restore an older backup’s pages, which have neither field, as to read', async () => {
    const { db } = await setUp();
    const file = await backupDatabase(db, new Date(NOW));
    await db.resources.update('p0', { readAt: NOW });
    await restoreBackup(db, readBackup(db, file.text, new Date(NOW)));
    expect((await db.resources.get('p0'))?.readAt).toBeUndefined();
  });

  it.each([
    ['a note on two lines', { note: 'one\ntwo' }, /resources, row 1: field "note"/],
    ['a read time past year 9999', { readAt: 8e15 }, /resources, row 1: field "readAt"/],
  ])('refuse a page with %s', async (_, fields, problem) => {
    const { db } = await setUp(1);
    const json = JSON.parse((await backupDatabase(db, new Date(NOW))).text);
    const table = json.data.data.find((t: { tableName: string }) => t.tableName === 'resources');
    Object.assign(table.rows[0], fields);
    expect(() => readBackup(db, JSON.stringify(json), new Date(NOW))).toThrow(problem);
  });
});
