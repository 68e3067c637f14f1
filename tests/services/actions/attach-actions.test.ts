import { describe, expect, it } from 'vitest';
import { COMMAND_UNDO_MS, POPUP_UNDO_MS } from '../../../lib/domain/tabs/attach-undo';
import { attachGestures } from '../../../lib/services/actions/attach-gestures';
import { attachPage } from '../../../lib/services/actions/attach-page';
import { attachPages } from '../../../lib/services/actions/attach-pages';
import { undoLastAttach } from '../../../lib/services/actions/undo-last-attach';
import { moveResource } from '../../../lib/services/manage-resource';
import { exampleDatabase } from '../../support/example-database';
import { NOW } from '../../support/test-database';
import { memoryLastAttach } from './memory-last-attach';

const BOOK = { url: 'https://craftinginterpreters.com/', title: 'Crafting Interpreters' };

async function setUp() {
  const { db, byTitle } = await exampleDatabase();
  let now = NOW;
  let ids = 0;
  const lastAttach = memoryLastAttach();
  const deps = {
    db,
    now: () => now,
    newId: () => `row-${++ids}`,
    lastAttach,
  };
  const later = (ms: number) => {
    now += ms;
  };
  return { db, deps, lastAttach, later, lox: await byTitle('Lox Interpreter'), byTitle };
}

describe('attach a page', () => {
  it('files the page with the given id and clock, and remembers it for Undo', async () => {
    const { db, deps, lastAttach, lox } = await setUp();
    const outcome = await attachPage(deps, { projectId: lox.id, page: BOOK, via: 'popup' });
    expect(outcome).toMatchObject({ ok: true, message: 'Attached to “Lox Interpreter”.' });
    expect(await db.resources.get('row-1')).toMatchObject({ attachedAt: NOW, via: 'popup' });
    expect(lastAttach.current()).toMatchObject({
      summary: '“Crafting Interpreters” → “Lox Interpreter”',
      at: NOW,
      via: 'popup',
    });
  });

  it.each([
    [
      'a browser page',
      'lox',
      { url: 'chrome://settings/', title: 'Settings' },
      /can't be attached/,
    ],
    ['a project gone', 'gone', BOOK, /^That project is no longer in your roadmap\.$/],
  ])('refuses %s with words for the user and remembers nothing', async (_label, id, page, says) => {
    const { db, deps, lastAttach, lox } = await setUp();
    const projectId = id === 'lox' ? lox.id : id;
    const outcome = await attachPage(deps, { projectId, page, via: 'context-menu' });
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(says);
    expect(await db.resources.count()).toBe(0);
    expect(lastAttach.current()).toBeNull();
  });

  it('turns a storage failure into a storage message, not the error’s own words', async () => {
    const { db, deps, lox } = await setUp();
    db.close();
    const outcome = await attachPage(deps, { projectId: lox.id, page: BOOK, via: 'popup' });
    expect(outcome).toEqual({
      ok: false,
      message: 'Waymark’s database is closed. Reload the page.',
    });
  });
});

describe('attach several pages', () => {
  it('files them, says what was refused, and remembers the ones that went in', async () => {
    const { deps, lastAttach, lox } = await setUp();
    const outcome = await attachPages(deps, [
      { projectId: lox.id, ...BOOK },
      { projectId: lox.id, url: 'about:blank', title: 'Blank' },
    ]);
    expect(outcome).toMatchObject({
      ok: false,
      message: 'Attached 1 tab to 1 project. 1 tab refused.',
    });
    expect(outcome.record?.entries).toHaveLength(1);
    expect(lastAttach.current()?.via).toBe('bulk');
  });
});

describe('undo an attach', () => {
  it('takes the attach back and forgets it', async () => {
    const { db, deps, lastAttach, later, lox } = await setUp();
    const attached = await attachPage(deps, { projectId: lox.id, page: BOOK, via: 'popup' });
    later(60_000);
    const record = attached.ok ? attached.record : null;
    const outcome = await undoLastAttach(deps, record!, POPUP_UNDO_MS);
    expect(outcome).toEqual({
      ok: true,
      message: 'Undone: “Crafting Interpreters” → “Lox Interpreter”.',
    });
    expect(await db.resources.count()).toBe(0);
    expect(lastAttach.current()).toBeNull();
  });

  it.each([
    ['too late', 'late', 'That attach is too long ago to undo.'],
    [
      'after a move',
      'moved',
      'Nothing was undone: since that attach, the page was moved, detached or changed.',
    ],
  ])('refuses %s, in words for the user, and keeps it', async (_label, what, message) => {
    const { db, deps, lastAttach, later, lox, byTitle } = await setUp();
    const attached = await attachPage(deps, { projectId: lox.id, page: BOOK, via: 'popup' });
    const record = attached.ok ? attached.record : null;
    if (what === 'late') later(POPUP_UNDO_MS + 1);
    else await moveResource(db, 'row-1', (await byTitle('Build Git')).id);
    expect(await undoLastAttach(deps, record!, POPUP_UNDO_MS)).toEqual({ ok: false, message });
    expect(await db.resources.count()).toBe(1);
    expect(lastAttach.current()).toEqual(record);
  });
});

describe('the service worker’s attach gestures', () => {
  it('the menu attaches by context menu; the command attaches with its tab, then undoes', async () => {
    const { db, deps, lastAttach, later, lox } = await setUp();
    const gestures = attachGestures(deps);
    await gestures.menu(lox.id, BOOK);
    expect(lastAttach.current()).toMatchObject({ via: 'context-menu' });

    await gestures.command.attach(lox.id, { ...BOOK, url: `${BOOK.url}welcome.html` }, 9);
    const record = await gestures.command.readLastAttach();
    expect(record).toMatchObject({ via: 'command', tabId: 9 });
    later(COMMAND_UNDO_MS);
    expect(await gestures.command.undo(record!)).toMatchObject({ ok: true });
    expect(await db.resources.count()).toBe(1);
  });
});
