// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';
import { readFrontMatter } from '../../../lib/domain/roadmap/read-front-matter';
import { MAX_FRONT_MATTER_DEPTH } from '../../../lib/domain/roadmap/read-yaml-properties';

const NOT_READ = 'its title and tags were not read';

/** A note whose front matter holds these lines. */
const note = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n- Build Git\n`;

describe('readFrontMatter', () => {
  it.each([
    ['a block list of tags', note('tags:', '  - projects', '  - rust'), null, ['projects', 'rust']],
    [
      'a flow list with quotes and a #',
      note(`tags: [rust, 'systems', "#databases"]`),
      null,
      ['rust', 'systems', 'databases'],
    ],
    ['comma-separated tags', note('tags: a, b'), null, ['a', 'b']],
    ['one tag', note('tags: rust'), null, ['rust']],
    [
      'empty and nested tag items',
      note('tags:', '  -', '  - ""', '  - {a: 1}', '  - b'),
      null,
      ['b'],
    ],
    ['a quoted title and a comment', note("title: 'It''s mine' # comment"), "It's mine", []],
    ['a title with escapes', note(String.raw`title: "Caf\u00e9 \"plan\""`), 'Café "plan"', []],
    [
      'a title wrapped over lines',
      note('title: Backend', '  engineer, 2025'),
      'Backend engineer, 2025',
      [],
    ],
    ['a folded title', note('title: >', '  Backend', '  engineer'), 'Backend engineer', []],
    [
      'a literal block title',
      note('title: |', '  Line one', '  Line two'),
      'Line one Line two',
      [],
    ],
    [
      'numbers as written',
      note('title: 2025.10', 'tags: [1.50, 007, true]'),
      '2025.10',
      ['1.50', '007', 'true'],
    ],
    ['an empty title', note('title:', 'tags:'), null, []],
    ['null values', note('title: ~', 'tags: null'), null, []],
    [
      'Obsidian properties around them',
      note(
        '# a comment',
        'aliases: [Plan B]',
        'cssclasses:',
        '  - wide',
        'title: Plan',
        'created: 2024-01-01',
      ),
      'Plan',
      [],
    ],
    ['a repeated key, read once', note('title: A', 'title: B'), 'A', []],
    ['an alias, which is not followed', note('base: &b Plan', 'title: *b'), null, []],
    ['a list instead of keys', note('- a', '- b'), null, []],
    ['a binary tag, read as written', note('title: !!binary aGVsbG8='), 'aGVsbG8=', []],
  ])('reads %s', (_, text, title, tags) => {
    expect(readFrontMatter(text)).toEqual({
      title,
      tags,
      warnings: [],
      body: '- Build Git\n',
      lineCount: text.split('\n').length - 2,
    });
  });

  it('ends front matter at `...` and keeps what follows as the body', () => {
    expect(readFrontMatter('---\ntitle: x\n...\n- a')).toMatchObject({ title: 'x', body: '- a' });
  });

  it.each([
    ['no closing fence', '---\ntitle: x\n- a'],
    ['a fence that is not first', '\n---\ntitle: x\n---\n- a'],
  ])('reads no front matter with %s', (_, text) => {
    expect(readFrontMatter(text)).toEqual({
      title: null,
      tags: [],
      warnings: [],
      body: text,
      lineCount: 0,
    });
  });

  it.each([
    [
      'a colon inside a plain title',
      note('title: My roadmap: 2025'),
      'front matter line 2: Nested mappings are not allowed in compact mappings',
    ],
    [
      'an unclosed flow list',
      note('title: x', 'tags: [a, b'),
      'front matter line 3: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    ['an unclosed quote', note('title: "Plan'), 'front matter line 2: Missing closing "quote'],
    [
      'a bad indent further down',
      note('title: ok', 'created: 2024', '  bad: x'),
      'front matter line 3: Nested mappings are not allowed in compact mappings',
    ],
    [
      'a tab as indentation',
      note('\ttitle: x'),
      'front matter line 2: Tabs are not allowed as indentation',
    ],
    [
      'front matter over 64 KB',
      note(`title: Plan${' '.repeat(70_000)}.`),
      'front matter is longer than 64 KB',
    ],
    [
      'flow lists one level too deep',
      note(
        `tags: ${'['.repeat(MAX_FRONT_MATTER_DEPTH + 1)}a${']'.repeat(MAX_FRONT_MATTER_DEPTH + 1)}`,
      ),
      `front matter nests deeper than ${MAX_FRONT_MATTER_DEPTH} levels`,
    ],
    [
      'block lists 2,000 deep',
      note(`${'- '.repeat(2_000)}x`),
      `front matter nests deeper than ${MAX_FRONT_MATTER_DEPTH} levels`,
    ],
  ])('says why it read nothing from %s', (_, text, why) => {
    const read = readFrontMatter(text);
    expect(read).toMatchObject({ title: null, tags: [], body: '- Build Git\n' });
    expect(read.warnings).toEqual([`${why}; ${NOT_READ}`]);
  });

  it(`reads ${MAX_FRONT_MATTER_DEPTH} levels of nesting`, () => {
    // The mapping is the first level.
    const lists = MAX_FRONT_MATTER_DEPTH - 1;
    const text = note('title: Deep', `other: ${'['.repeat(lists)}a${']'.repeat(lists)}`);
    expect(readFrontMatter(text)).toMatchObject({ title: 'Deep', warnings: [] });
  });

  it('reads past an alias bomb without expanding it', () => {
    const laughs = Array.from({ length: 9 }, (_, level) => {
      const items = level === 0 ? 'lol' : `*l${level - 1}`;
      return `l${level}: &l${level} [${Array(9).fill(items).join(', ')}]`;
    });
    expect(readFrontMatter(note(...laughs, 'title: Plan'))).toMatchObject({
      title: 'Plan',
      warnings: [],
    });
  });

  // yaml composes nesting by recursion; near the stack's end V8 can abort the process outright,
  // which a deep note did after a few imports. Refused before composing, it never gets there.
  it('refuses deep nesting every time, without ever composing it', () => {
    const text = note(`${'- '.repeat(1_000)}x`);
    for (let round = 0; round < 30; round++) {
      expect(readFrontMatter(text).warnings).toHaveLength(1);
    }
  });
});

describe('parseRoadmap front matter', () => {
  it('puts front matter warnings first and keeps line numbers true to the file', () => {
    const roadmap = parseRoadmap('---\ntitle: a: b\n---\n-\n- x');
    expect(roadmap.title).toBeNull();
    expect(roadmap.warnings).toEqual([
      `front matter line 2: Nested mappings are not allowed in compact mappings; ${NOT_READ}`,
      'line 4: list item with no text, skipped',
    ]);
  });

  it.each([
    [
      'tests/fixtures/roadmaps/headings-and-lists.md',
      'Backend engineer, 2025',
      ['rust', 'systems', 'databases'],
    ],
    ['public/example-roadmap.md', null, ['projects']],
  ])('reads the front matter of %s', (path, title, tags) => {
    expect(parseRoadmap(readFileSync(path, 'utf8'))).toMatchObject({ title, tags, warnings: [] });
  });
});
