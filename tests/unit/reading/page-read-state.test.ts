import { describe, expect, it } from 'vitest';
import {
  cleanPageNote,
  isPageNote,
  MAX_PAGE_NOTE_LENGTH,
} from '../../../lib/domain/reading/page-note';
import { PAGES_PER_SESSION, pagesToOpen } from '../../../lib/domain/reading/pages-to-open';
import { rowProblem } from '../../../lib/domain/rows/row-problem';
import { buildResource } from '../../support/build-entities';

const T = Date.UTC(2026, 11, 1);

describe('a page’s read state and note, as stored', () => {
  it.each<[string, Record<string, unknown>, string | null]>([
    ['to read (no fields)', {}, null],
    ['read, with a note', { readAt: T, note: 'Chapter 3 left' }, null],
    ['a note at the cap', { note: 'x'.repeat(MAX_PAGE_NOTE_LENGTH) }, null],
    ['read before 1970', { readAt: -1 }, 'readAt'],
    ['read at a fraction of a millisecond', { readAt: T + 0.5 }, 'readAt'],
    ['read after year 9999', { readAt: Date.UTC(10_000, 0, 1) }, 'readAt'],
    ['read as text', { readAt: String(T) }, 'readAt'],
    ['a note past the cap', { note: 'x'.repeat(MAX_PAGE_NOTE_LENGTH + 1) }, 'note'],
    ['a note on two lines', { note: 'one\ntwo' }, 'note'],
    ['a note with a carriage return', { note: 'one\rtwo' }, 'note'],
    ['a note with a line separator', { note: 'one\u2028two' }, 'note'],
    ['an empty note', { note: '' }, 'note'],
    ['a note with spaces around it', { note: ' padded ' }, 'note'],
    ['a note that is not text', { note: ['a'] }, 'note'],
  ])('%s', (_, fields, wrong) => {
    const problem = rowProblem('resources', { ...buildResource(), ...fields });
    if (wrong === null) expect(problem).toBeNull();
    else expect(problem).toContain(`field "${wrong}"`);
  });
});

describe('cleanPageNote', () => {
  it.each<[string, string | null]>([
    ['  Read up to 3.2  ', 'Read up to 3.2'],
    ['first line\nsecond\r\nthird', 'first line second third'],
    ['a\u2028b', 'a b'],
    [' \n\t ', null],
  ])('%j', (typed, kept) => {
    expect(cleanPageNote(typed)).toBe(kept);
    if (kept !== null) expect(isPageNote(kept)).toBe(true);
  });
});

describe('pagesToOpen', () => {
  const page = (id: string, attachedAt: number, readAt?: number) =>
    buildResource({ id, attachedAt, ...(readAt === undefined ? {} : { readAt }) });

  it('opens the pages still to read first, newest first, then read ones, capped', () => {
    const pages = [
      page('read-new', 9, 10),
      page('a', 1),
      page('b', 2),
      ...Array.from({ length: PAGES_PER_SESSION }, (_, i) => page(`c${i}`, 3 + i)),
    ];
    const { opened, openedToRead, toRead } = pagesToOpen(pages);
    expect(opened.map((p) => p.id)).toEqual(
      ['c5', 'c4', 'c3', 'c2', 'c1', 'c0', 'b', 'a'].slice(0, PAGES_PER_SESSION),
    );
    expect({ openedToRead, toRead }).toEqual({ openedToRead: PAGES_PER_SESSION, toRead: 8 });
  });

  it('fills the rest with read pages when few are left to read', () => {
    const { opened, openedToRead, toRead } = pagesToOpen([
      page('read-new', 9, 10),
      page('read-old', 1, 10),
      page('left', 0),
    ]);
    expect(opened.map((p) => p.id)).toEqual(['left', 'read-new', 'read-old']);
    expect({ openedToRead, toRead }).toEqual({ openedToRead: 1, toRead: 1 });
  });
});
