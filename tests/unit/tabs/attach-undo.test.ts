import { describe, expect, it } from 'vitest';
import {
  attachUndoIds,
  checkAttachUndo,
  POPUP_UNDO_MS,
  type AttachUndo,
  type AttachUndoState,
} from '../../../lib/domain/tabs/attach-undo';
import type { Resource } from '../../../lib/domain/types';

const AT = Date.UTC(2026, 10, 28, 9, 0, 0);

const written: Resource = {
  id: 'r1',
  projectId: 'lox',
  url: 'https://craftinginterpreters.com/',
  title: 'Crafting Interpreters',
  kind: 'other',
  attachedAt: AT,
  via: 'popup',
};
const other: Resource = {
  ...written,
  id: 'r2',
  url: 'https://github.com/munificent/craftinginterpreters',
};

const single: AttachUndo = { summary: 's', at: AT, via: 'popup', entries: [{ resource: written }] };
// A bulk batch that attached the same page twice: the second write updated the first.
const retitled = { ...written, title: 'Crafting Interpreters (book)' };
const twice: AttachUndo = {
  summary: '3 tabs attached',
  at: AT,
  via: 'bulk',
  entries: [{ resource: written }, { resource: retitled, previous: written }, { resource: other }],
};

const rows = (...list: Resource[]) => new Map(list.map((row) => [row.id, row]));

describe('checkAttachUndo', () => {
  it.each<[string, AttachUndo, Map<string, Resource>, number, AttachUndoState]>([
    ['still as it was', single, rows(written), AT + 1_000, 'ready'],
    [
      'opened since (no part of the attach)',
      single,
      rows({ ...written, lastOpenedAt: AT + 5 }),
      AT + 10,
      'ready',
    ],
    ['at the last moment', single, rows(written), AT + POPUP_UNDO_MS, 'ready'],
    [
      'moved to another project',
      single,
      rows({ ...written, projectId: 'clox' }),
      AT + 1_000,
      'changed',
    ],
    ['detached', single, rows(), AT + 1_000, 'changed'],
    ['re-titled', single, rows({ ...written, title: 'CI' }), AT + 1_000, 'changed'],
    [
      're-attached at another address',
      single,
      rows({ ...written, url: `${written.url}#intro` }),
      AT + 1_000,
      'changed',
    ],
    ['reclassified', single, rows({ ...written, kind: 'docs' }), AT + 1_000, 'changed'],
    [
      'restored over by an older row with the same id',
      single,
      rows({ ...written, attachedAt: AT - 1 }),
      AT + 1_000,
      'changed',
    ],
    ['expired', single, rows(written), AT + POPUP_UNDO_MS + 1, 'expired'],
    ['from a clock that went back', single, rows(written), AT - 1, 'expired'],
    ['a batch, each page as its last write left it', twice, rows(retitled, other), AT, 'ready'],
    ['a batch whose page kept only its first write', twice, rows(written, other), AT, 'changed'],
    [
      'a batch with one page moved',
      twice,
      rows(retitled, { ...other, projectId: 'clox' }),
      AT,
      'changed',
    ],
  ])('%s', (_name, record, current, now, expected) => {
    expect(checkAttachUndo(record, current, now, POPUP_UNDO_MS)).toBe(expected);
  });

  it('reads each row once, however often the batch wrote it', () => {
    expect(attachUndoIds(twice)).toEqual(['r1', 'r2']);
  });
});
