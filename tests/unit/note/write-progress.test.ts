// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeProgressToNote, type NoteProgress } from '../../../lib/domain/note/write-progress';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';
import { projectKeys } from '../../../lib/domain/roadmap/project-keys';
import { changedSpan } from '../../support/changed-span';

function fixture(name: string): string {
  return readFileSync(resolve('tests/fixtures/roadmaps', name), 'utf8');
}

const example = fixture('example-roadmap.md');

/** What a note says per key: done and estimate, with the title to show keys did not move. */
function said(text: string) {
  return new Map(
    [...projectKeys(parseRoadmap(text))].map(([key, p]) => [
      key,
      { title: p.title, done: p.done, estimateMinutes: p.estimateMinutes },
    ]),
  );
}

/** Lines with their own line break, so a changed ending would show. */
function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g) ?? [];
}

/** Every changed line differs by one checkbox span: ` checked` in or out, or a task box's mark. */
function expectOnlyCheckboxSpans(before: string, after: string, changes: number): void {
  const was = linesOf(before);
  const now = linesOf(after);
  expect(now).toHaveLength(was.length);
  let changed = 0;
  for (const [index, line] of was.entries()) {
    const next = now[index] ?? '';
    if (line === next) continue;
    changed++;
    const span = changedSpan(line, next);
    const [short, long] = [span.removed, span.added].sort((a, b) => a.length - b.length);
    const box = [short, long].sort().join('') === ' x' || [short, long].sort().join('') === ' X';
    // ` checked` may show as `checked ` where the space after it matches as well.
    const attribute =
      short === '' &&
      /^(?: CHECKED(?:=""|="CHECKED")?|CHECKED(?:=""|="CHECKED")? )$/i.test(long ?? '');
    expect(box || attribute, JSON.stringify(span)).toBe(true);
  }
  expect(changed).toBe(changes);
}

function toggle(text: string, keys: readonly string[]): NoteProgress[] {
  const notes = said(text);
  return keys.map((key) => ({
    key,
    title: notes.get(key)?.title ?? '',
    done: !notes.get(key)?.done,
  }));
}

function expectReadsBack(before: string, after: string, wanted: readonly NoteProgress[]): void {
  const expected = said(before);
  for (const change of wanted) {
    const was = expected.get(change.key);
    if (was) expected.set(change.key, { ...was, done: change.done ?? was.done });
  }
  expect(said(after)).toEqual(expected);
}

/** Keys of the projects whose box a write can set, in note order. */
function boxedKeys(text: string): string[] {
  return [...said(text).keys()].filter(
    (key) => writeProgressToNote(text, toggle(text, [key]), { estimates: false }).written.length,
  );
}

const withBoxes: [string, string, number][] = [
  ['example-roadmap.md', example, 2],
  ['task-lists.md', fixture('task-lists.md'), 5],
  ['tables-mixed.md', fixture('tables-mixed.md'), 1],
  ['example, CRLF', example.replace(/\n/g, '\r\n'), 2],
  ['example, lone CR', example.replace(/\n/g, '\r'), 2],
  ['example, mixed endings', example.replace(/\n(?=\|)/g, '\r\n'), 2],
  ['example, BOM', `\uFEFF${example}`, 2],
  ['example, no trailing newline', example.trimEnd(), 2],
  ['example, no front matter', example.slice(example.indexOf('|')), 2],
  ['task list, BOM, no trailing newline', '\uFEFF- [ ] A\r\n- [x] B', 2],
  [
    'table and task list',
    [
      '---',
      'title: Mixed',
      '---',
      '## Table',
      '',
      '| Done | Project |',
      '| --- | --- |',
      '| <input type="checkbox" id="a1"> | Parser |',
      '| <INPUT TYPE="checkbox" CHECKED="checked" id="a2"/> | Lexer |',
      '| <input checked="" type="checkbox"> | Linker |',
      '| | No box here |',
      '',
      '## List',
      '',
      '- [ ] Tokens',
      '  - [x] breakdown, not a project',
      '> - [X] Quoted',
      '3) [x] Numbered',
      '- <input type="checkbox" checked> Html box',
      '',
    ].join('\r\n'),
    7,
  ],
];

describe('writeProgressToNote, done boxes byte for byte', () => {
  it.each(withBoxes)('%s: ticks and unticks each project alone', (_, text, boxes) => {
    const keys = boxedKeys(text);
    expect(keys).toHaveLength(boxes);
    for (const key of keys) {
      const wanted = toggle(text, [key]);
      const result = writeProgressToNote(text, wanted, { estimates: false });
      expect(result.written).toEqual([{ key, title: wanted[0]?.title, what: ['done'] }]);
      expect(result.skipped).toEqual([]);
      expectOnlyCheckboxSpans(text, result.text, 1);
      expectReadsBack(text, result.text, wanted);
      // Setting the box back reads as the note did; the property test below checks the bytes.
      const back = writeProgressToNote(result.text, toggle(result.text, [key]), {
        estimates: false,
      });
      expect(said(back.text)).toEqual(said(text));
    }
  });

  it.each(withBoxes)('%s: sets every box at once', (_, text, boxes) => {
    const wanted = toggle(text, boxedKeys(text));
    const result = writeProgressToNote(text, wanted, { estimates: false });
    expect(result.written).toHaveLength(boxes);
    expectOnlyCheckboxSpans(text, result.text, boxes);
    expectReadsBack(text, result.text, wanted);
  });

  it('writes nothing where the note already says it', () => {
    const wanted = [...said(example)].map(([key, p]) => ({ key, title: p.title, done: p.done }));
    expect(writeProgressToNote(example, wanted, { estimates: false })).toEqual({
      text: example,
      written: [],
      skipped: [],
    });
  });

  it.each([
    ['a row with no checkbox', 't:ml infra ai infra/docker', 'no checkbox in the note'],
    ['a project gone from the note', 't:ml infra ai infra/podman', 'not in the note'],
    ['a breakdown item', 't:ml infra ai infra/gvisor foreverv', 'not in the note'],
  ])('skips %s', (_, key, why) => {
    const result = writeProgressToNote(example, [{ key, title: 'T', done: true }], {
      estimates: false,
    });
    expect(result).toEqual({ text: example, written: [], skipped: [{ key, title: 'T', why }] });
  });

  it('skips a change that would not read back, writing the others', () => {
    // The first `<input` is in a code span, so the parser reads the second box; so must the writer.
    const text =
      '| Done | Project |\n|---|---|\n| `<input type="checkbox">` <input type="checkbox"> | A |\n| <input type="checkbox"> | B |\n';
    const wanted = toggle(text, [...said(text).keys()]);
    const result = writeProgressToNote(text, wanted, { estimates: false });
    expect(result.written.map((change) => change.title)).toEqual(['B']);
    expect(result.skipped).toEqual([
      { key: 't:roadmap/a', title: 'A', why: 'its line in the note could not be changed safely' },
    ]);
    expectReadsBack(text, result.text, wanted.slice(1));
  });
});

describe('writeProgressToNote, estimates', () => {
  const table = (row: string, header = '| Done | Project | Effort |') =>
    `${header}\n|---|---|---|\n${row}\n`;
  it.each([
    ['replaces a trailing estimate', '- [ ] Parser (20h)\n', 90, '- [ ] Parser (90m)\n'],
    ['keeps its spacing', '- Parser ( 1.5 hours )  \n', 120, '- Parser (2h)  \n'],
    ['appends one', '- Parser\n- Lexer\n', 600, '- Parser (10h)\n- Lexer\n'],
    ['appends before trailing spaces, CRLF', '- Parser  \r\n', 45, '- Parser (45m)  \r\n'],
    [
      'replaces an Effort cell',
      table('| <input type="checkbox"> | Parser | 20 h |'),
      180,
      table('| <input type="checkbox"> | Parser | 3h |'),
    ],
    ['fills an empty Effort cell', table('| | Parser |    |'), 60, table('| | Parser | 1h   |')],
    ['replaces TBD in an Effort cell', table('| | Parser | TBD |'), 60, table('| | Parser | 1h |')],
    [
      'keeps a blank Effort cell when the project says its estimate',
      table('| | Parser (2h) | - |'),
      60,
      table('| | Parser (1h) | - |'),
    ],
    [
      'appends in a table before the breakdown',
      table('| | - Parser<br>- Tokens |', '| Done | Project | Notes |'),
      120,
      table('| | - Parser (2h)<br>- Tokens |', '| Done | Project | Notes |'),
    ],
    [
      'appends in a padded table cell',
      table('| | Parser      | x |', '| Done | Project | Notes |'),
      61,
      table('| | Parser (61m)      | x |', '| Done | Project | Notes |'),
    ],
  ])('%s', (_, text, minutes, expected) => {
    const key = [...said(text).keys()][0] ?? '';
    const result = writeProgressToNote(text, [{ key, title: 'P', estimateMinutes: minutes }], {
      estimates: true,
    });
    expect(result.text).toBe(expected);
    expect(result.written).toEqual([{ key, title: 'P', what: ['estimate'] }]);
    expect(said(result.text).get(key)?.estimateMinutes).toBe(minutes);
  });

  it('writes the example’s estimates and boxes together, and every one reads back', () => {
    const notes = [...said(example)];
    const wanted = notes.map(([key, p], index) => ({
      key,
      title: p.title,
      done: !p.done,
      estimateMinutes: 30 * (index + 1),
    }));
    const result = writeProgressToNote(example, wanted, { estimates: true });
    const read = said(result.text);
    for (const change of wanted) {
      expect(read.get(change.key)?.estimateMinutes).toBe(change.estimateMinutes);
    }
    expect(result.written.filter((change) => change.what.includes('done'))).toHaveLength(2);
    expect(result.skipped).toHaveLength(notes.length - 2);
  });

  it.each([
    ['estimates are off', { estimates: false }, 90, []],
    [
      'the estimate is not whole minutes',
      { estimates: true },
      1.5,
      ['an estimate the note cannot hold'],
    ],
    ['the estimate is zero', { estimates: true }, 0, ['an estimate the note cannot hold']],
    [
      'the estimate is too large',
      { estimates: true },
      600_060,
      ['an estimate the note cannot hold'],
    ],
  ])('leaves the note alone when %s', (_, options, minutes, whys) => {
    const text = '- Parser (20h)\n';
    const key = 't:roadmap/parser';
    const result = writeProgressToNote(
      text,
      [{ key, title: 'P', estimateMinutes: minutes }],
      options,
    );
    expect(result.text).toBe(text);
    expect(result.skipped.map((skip) => skip.why)).toEqual(whys);
  });
});

describe('writeProgressToNote, property', () => {
  const notes = [...said(example)];
  it('changes only checkbox spans, and the inverse restores the note exactly', () => {
    fc.assert(
      fc.property(
        fc.subarray(notes),
        fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        (picked, dones) => {
          const wanted = picked.map(([key, p], index) => ({
            key,
            title: p.title,
            done: dones[index] ?? false,
          }));
          const result = writeProgressToNote(example, wanted, { estimates: false });
          const changes = result.written.length;
          expectOnlyCheckboxSpans(example, result.text, changes);
          expectReadsBack(
            example,
            result.text,
            result.written.map((w) => wanted.find((c) => c.key === w.key) ?? w),
          );
          const inverse = notes.map(([key, p]) => ({ key, title: p.title, done: p.done }));
          expect(writeProgressToNote(result.text, inverse, { estimates: false }).text).toBe(
            example,
          );
        },
      ),
      { seed: 15, numRuns: 200 },
    );
  });
});
