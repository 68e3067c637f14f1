// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  decodeRoadmapFile,
  MAX_ROADMAP_BYTES,
} from '../../../lib/domain/roadmap/decode-roadmap-file';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';
import { MAX_BREAKDOWN_DEPTH } from '../../../lib/domain/roadmap/read-roadmap-list';
import { RoadmapInputError } from '../../../lib/domain/roadmap/roadmap-input-error';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48];

describe('decodeRoadmapFile', () => {
  it.each([
    ['a PNG', new Uint8Array(PNG_HEADER)],
    ['a NUL byte in text', bytes('- a\u0000b')],
    ['invalid UTF-8', new Uint8Array([0x2d, 0x20, 0xc3, 0x28])],
    ['a lone continuation byte', new Uint8Array([0x80, 0x41])],
  ])('rejects %s as not text', (_, input) => {
    expect(() => decodeRoadmapFile(input)).toThrow(
      new RoadmapInputError('not a text or markdown file'),
    );
  });

  it('rejects a file over the limit', () => {
    const big = new Uint8Array(MAX_ROADMAP_BYTES + 1).fill(0x61);
    expect(() => decodeRoadmapFile(big)).toThrow(
      new RoadmapInputError('file too large (limit 20 MB)'),
    );
  });

  it.each([
    ['a BOM', [0xef, 0xbb, 0xbf, ...bytes('- a\n- b')], '- a\n- b'],
    ['CRLF', [...bytes('- a\r\n- b\r\n')], '- a\n- b\n'],
    ['lone CR', [...bytes('- a\r- b\r')], '- a\n- b\n'],
    ['UTF-8 text', [...bytes('- Café ✓')], '- Café ✓'],
  ])('decodes %s', (_, input, expected) => {
    expect(decodeRoadmapFile(new Uint8Array(input))).toBe(expected);
  });
});

describe('parseRoadmap on bad input', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', '  \n\t\n'],
    ['front matter only', '---\ntags:\n  - projects\n---\n'],
    ['prose only', '# Title\n\nJust some words.'],
    ['a table with no project names', '| Objective | Project |\n|--|--|\n| Rust | |'],
  ])('says nothing to import for %s', (_, text) => {
    expect(() => parseRoadmap(text)).toThrow(new RoadmapInputError('nothing to import'));
  });

  it('rejects text over the limit', () => {
    expect(() => parseRoadmap('a'.repeat(MAX_ROADMAP_BYTES + 1))).toThrow(
      new RoadmapInputError('file too large (limit 20 MB)'),
    );
  });

  it('imports every row of a 5 MB table', () => {
    const rows = Array.from(
      { length: 60_000 },
      (_, i) =>
        `| Area ${i % 50} | - Project ${i} - [repo](https://example.com/p/${i}) | notes to self |`,
    );
    const text = `| Area | Project | Notes |\n|---|---|---|\n${rows.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const roadmap = parseRoadmap(text);
    expect(roadmap.objectives).toHaveLength(50);
    expect(roadmap.objectives.reduce((sum, o) => sum + o.projects.length, 0)).toBe(60_000);
    expect(roadmap.objectives[49]?.projects.at(-1)).toEqual({
      title: 'Project 59999 - repo',
      done: null,
      links: [{ url: 'https://example.com/p/59999', label: 'repo' }],
      children: [],
      line: 60_001,
      columns: { project: 1 },
    });
  });

  const nestedLines = Array.from({ length: 1_500 }, (_, i) => `${' '.repeat(i * 2)}- n${i}`);
  // markdown-it stops at 100 levels and drops the rest of that block, so `after` sits where the
  // deep block has ended: after a blank line for quotes, in a separate earlier list otherwise.
  it.each([
    [
      '10,000 quote levels',
      `- after

${'>'.repeat(10_000)} - deep

- after`,
    ],
    [
      '10,000 mixed quote and list levels',
      `- after

${'> - '.repeat(2_500)}deep`,
    ],
    [
      '1,500 list levels on 1,500 lines',
      `- after

## Deep

${nestedLines.join('\n')}`,
    ],
    [
      'thousands of markers on one line',
      `- after

## Deep

${'- '.repeat(5_000)}x`,
    ],
  ])('cuts off %s with a warning', (_, text) => {
    const roadmap = parseRoadmap(text);
    expect(roadmap.warnings).toContain('nesting deeper than 100 levels was cut off');
    expect(roadmap.objectives[0]?.projects[0]?.title).toBe('after');
  });

  it('caps breakdown depth and says so', () => {
    const text = Array.from(
      { length: MAX_BREAKDOWN_DEPTH + 4 },
      (_, i) => `${'  '.repeat(i)}- level ${i}`,
    ).join('\n');
    const roadmap = parseRoadmap(text);
    let depth = 0;
    for (let node = roadmap.objectives[0]?.projects[0]; node?.children[0]; depth++) {
      node = node.children[0];
    }
    expect(depth).toBe(MAX_BREAKDOWN_DEPTH);
    expect(roadmap.warnings).toEqual([
      `breakdown nested deeper than ${MAX_BREAKDOWN_DEPTH} levels was attached at level ${MAX_BREAKDOWN_DEPTH}`,
    ]);
  });

  it.each([
    ['unclosed tags', `- ${'<b><i><a href="https://x.org">'.repeat(3_000)} tail`],
    ['unclosed links and emphasis', `- ${'[*_`'.repeat(5_000)} tail`],
    ['unclosed html block', '- <div>\n- <script>\nalert(1)\n- still script'],
  ])('reads the projects around %s', (_, text) => {
    const roadmap = parseRoadmap(text);
    expect(roadmap.objectives[0]?.projects.length).toBeGreaterThan(0);
  });

  // Each would take a quadratic (or worse) estimate pattern many seconds, past the test timeout.
  const digits = '1 '.repeat(100_000).trim();
  it.each([
    [
      'an open bracket, then spaces and digits',
      `- Build (${digits}`,
      `Build (${digits}`,
      undefined,
    ],
    [
      'an open bracket and 200,000 digits',
      `- Build (${'1'.repeat(200_000)} x)`,
      `Build (${'1'.repeat(200_000)} x)`,
      undefined,
    ],
    ['200,000 open brackets', `- ${'('.repeat(200_000)}1h`, `${'('.repeat(200_000)}1h`, undefined],
    [
      '200,000 open brackets, then an estimate',
      `- ${'('.repeat(200_000)} (2h)`,
      '('.repeat(200_000),
      120,
    ],
    [
      'spaced digits in a table cell',
      `| Project |\n|--|\n| Build (${digits}h) |`,
      `Build (${digits}h)`,
      undefined,
    ],
  ])('reads the estimate of %s in linear time', (_, text, title, estimateMinutes) => {
    const project = parseRoadmap(text).objectives[0]?.projects[0];
    expect(project?.title).toBe(title);
    expect(project?.estimateMinutes).toBe(estimateMinutes);
  });

  it('shortens a long unreadable Effort value in its warning', () => {
    const text = `| Project | Effort |\n|--|--|\n| Build Git | ${digits}x |`;
    expect(parseRoadmap(text).warnings).toEqual([
      `row 1: "${digits.slice(0, 59)}…": an estimate is written in hours or minutes, like 20h, 1.5 or 90m; the default is used`,
    ]);
  });
});
