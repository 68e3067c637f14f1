// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ParsedObjective,
  ParsedProject,
  ParsedRoadmap,
} from '../../../lib/domain/roadmap/parsed-roadmap';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';

const readFixture = (name: string): string =>
  readFileSync(resolve('tests/fixtures/roadmaps', name), 'utf8');

/** Writes a parsed roadmap as indented lines, so a test can state the whole expected tree. */
function outline(roadmap: ParsedRoadmap): string[] {
  const lines: string[] = [];
  const stack: { node: ParsedObjective | ParsedProject; depth: number }[] = roadmap.objectives
    .map((node) => ({ node, depth: 0 }))
    .reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, depth } = next;
    const pad = '  '.repeat(depth);
    if ('projects' in node) {
      lines.push(`${pad}# ${node.title}`);
      const below = [...node.projects, ...(node.objectives ?? [])];
      stack.push(...below.map((child) => ({ node: child, depth: depth + 1 })).reverse());
    } else {
      const links = node.links.map((link) => ` [${link.label}](${link.url})`).join('');
      const id = node.checkboxId === undefined ? '' : ` #${node.checkboxId}`;
      lines.push(`${pad}- ${node.title} {${String(node.done)}}${id}${links}`);
      stack.push(...node.children.map((child) => ({ node: child, depth: depth + 1 })).reverse());
    }
  }
  return lines;
}

const EXAMPLE_OUTLINE = [
  '# To get into a distributed systems role',
  '  - PubSub system in Rust {true} #7d8cec',
  '  - Fly Dist Sys Challenges {false}',
  '  - Build Git {false}',
  '  - Lox Interpreter {false}',
  '  - Distributed File Systems: 3FS DeepSeek {false}',
  '  - Distributed File Systems: S3 Story {false}',
  '# ML Infra / AI Infra',
  '  - Kubernetes {false}',
  '  - Docker {false}',
  '  - Containerd {false}',
  '  - gVisor - foreverVM {true} #7dfed1 [foreverVM](https://github.com/tripathi456/gvisor-based-python-repl)',
  '  - Firecracker VM {false}',
  '  - Linux Internals {false}',
  '  - AWS Deep Dive {false}',
  '# AI Engineer - Build reliable apps on AI stack',
  '  - ReState: Delivery guarantees {false}',
  '  - Durable execution of AI Agents (Distributed Systems) {false}',
  '# ML Distributed Training',
  '  - TinyGrad Contributions {false}',
];

describe('parseRoadmap on the example note', () => {
  const example = readFixture('example-roadmap.md');

  it('reads 4 objectives and 16 projects in note order, two done', () => {
    const roadmap = parseRoadmap(example);
    expect(roadmap.title).toBeNull();
    expect(roadmap.tags).toEqual(['projects']);
    expect(roadmap.warnings).toEqual([]);
    expect(roadmap.objectives).toHaveLength(4);
    expect(roadmap.objectives.flatMap((o) => o.projects)).toHaveLength(16);
    expect(outline(roadmap)).toEqual(EXAMPLE_OUTLINE);
    expect(roadmap.objectives[1]?.projects[3]).toEqual({
      title: 'gVisor - foreverVM',
      done: true,
      checkboxId: '7dfed1',
      links: [
        { url: 'https://github.com/tripathi456/gvisor-based-python-repl', label: 'foreverVM' },
      ],
      children: [],
    });
  });

  it.each([
    ['CRLF', example.replace(/\n/g, '\r\n')],
    ['lone CR', example.replace(/\n/g, '\r')],
    ['BOM', `\uFEFF${example}`],
  ])('reads the same with %s line endings', (_, text) => {
    expect(parseRoadmap(text)).toEqual(parseRoadmap(example));
  });
});

describe('parseRoadmap on other formats', () => {
  it.each([
    [
      'headings-and-lists.md',
      'Backend engineer, 2025',
      ['rust', 'systems', 'databases'],
      [
        '# Databases',
        '  - Build a key-value store {null}',
        '    - Write-ahead log {null}',
        '    - LSM tree {null}',
        '      - Compaction {null}',
        '  - Read Designing Data-Intensive Applications {null}',
        '  # Query engines',
        '    - Volcano iterator model {null}',
        '    - Vectorised execution {null}',
        '      - SIMD basics {null}',
        '# Networking',
        '  - TCP from scratch {null}',
        '  - HTTP/2 framing {null}',
      ],
      [],
    ],
    [
      'task-lists.md',
      'Frontend',
      [],
      [
        '# Done so far',
        '  - Learn CSS grid {true}',
        '  - Build a todo app {true}',
        '  - Write a virtual DOM {false}',
        '    - Diffing {true}',
        '    - Keyed children {false}',
        '    - Plain sub-step {null}',
        '  - Plain item {null}',
        '# Ordered',
        '  - Web Workers {false}',
        '  - Service workers {true}',
        '    - Offline cache {false}',
      ],
      [],
    ],
    [
      'tables-mixed.md',
      'Learning plan',
      [],
      [
        '# Compilers',
        '  - Crafting Interpreters {null} [book](https://craftinginterpreters.com) [repo](https://github.com/munificent/craftinginterpreters)',
        '  - Writing a C compiler {null} [https://norasandler.com/book/](https://norasandler.com/book/)',
        '# By area',
        '  # Security',
        '    - Capture the flag basics {true}',
        '    - Fuzzing with AFL {false}',
        '  # Databases',
        '    - B-tree from scratch {true}',
        '  # Networking',
        '    - eBPF tracing {false}',
      ],
      ['table 2, row 4: empty row, skipped', 'table 2, row 5: no project name, skipped'],
    ],
    [
      'links.md',
      'Links',
      [],
      [
        '# Links',
        '  - Reference style Rust book and nomicon {null} [Rust book](https://doc.rust-lang.org/book/) [nomicon](https://doc.rust-lang.org/nomicon/)',
        '  - Autolink https://go.dev/tour/ and mail mentor@example.com {null} [https://go.dev/tour/](https://go.dev/tour/) [mentor@example.com](mailto:mentor@example.com)',
        '  - Raw anchor SQLite arch {null} [SQLite arch](https://sqlite.org/arch.html)',
        '  - Bad click here {null}',
        '  - Sneaky x and y and z {null}',
        '  - Data img file f ext e vb v {null}',
        '  - Raw bad anchor label kept {null}',
        '  - Relative notes dropped, site kept {null} [site](HTTPS://Example.com/Path)',
        '  - <script>alert(1)</script> {null}',
        '  - Title with <b>tags</b> & entities & stays literal {null}',
        '  - __proto__ and constructor {null}',
        '  - toString {null}',
        '# constructor',
        '  - hasOwnProperty {null}',
        '# __proto__',
        '  - valueOf {null}',
      ],
      [],
    ],
  ])('%s', (name, title, tags, expected, warnings) => {
    const roadmap = parseRoadmap(readFixture(name));
    expect(roadmap.title).toBe(title);
    expect(roadmap.tags).toEqual(tags);
    expect(outline(roadmap)).toEqual(expected);
    expect(roadmap.warnings).toEqual(warnings);
  });

  it.each([
    [
      'pipes on both sides',
      '| Project |\n| --- |\n| Build Git |',
      ['# Roadmap', '  - Build Git {null}'],
    ],
    [
      'no outer pipes',
      'Project | Notes\n--- | ---\nBuild Git | later',
      ['# Roadmap', '  - Build Git {null}'],
    ],
    [
      'section column and <br> breakdown',
      '| Section | Task |\n|---|---|\n| Rust | - [x] Ownership<br>- [ ] Lifetimes<br>- Traits |',
      ['# Rust', '  - Ownership {true}', '    - Lifetimes {false}', '    - Traits {null}'],
    ],
    [
      'checkbox written with checked="checked", CHECKED and unchecked',
      [
        '| Checklist | Project |',
        '| - | - |',
        '| <input type="checkbox" checked="checked" id="a1"> | One |',
        '| <INPUT TYPE="checkbox" CHECKED id="a2"> | Two |',
        '| <input type="checkbox" unchecked id="a3"> | Three |',
        '| | Four |',
      ].join('\n'),
      [
        '# Roadmap',
        '  - One {true} #a1',
        '  - Two {true} #a2',
        '  - Three {false} #a3',
        '  - Four {false}',
      ],
    ],
    [
      'html checkbox in a list item',
      '## Go\n\n- <input type="checkbox" checked id="g1"> Concurrency\n- <input type="checkbox" id="g2"> Generics',
      ['# Go', '  - Concurrency {true} #g1', '  - Generics {false} #g2'],
    ],
    [
      'heading nesting skips levels and pops back',
      '## A\n#### A1\n- x\n### A2\n- y\n## B\n- z',
      ['# A', '  # A1', '    - x {null}', '  # A2', '    - y {null}', '# B', '  - z {null}'],
    ],
    [
      'repeated objective cells are one objective',
      '| Goal | Project |\n|--|--|\n| Rust | a |\n| Go | b |\n| rust | c |',
      ['# Rust', '  - a {null}', '  - c {null}', '# Go', '  - b {null}'],
    ],
    ['a list in a blockquote', '> ## Quoted\n> - inside', ['# Quoted', '  - inside {null}']],
    [
      'an item with a second paragraph keeps its links',
      '- Compilers\n\n  See [dragon](https://example.com/dragon)',
      ['# Roadmap', '  - Compilers {null} [dragon](https://example.com/dragon)'],
    ],
  ])('reads %s', (_, text, expected) => {
    expect(outline(parseRoadmap(text))).toEqual(expected);
  });

  it('names the first H1 as the title and does not nest sections under it', () => {
    const roadmap = parseRoadmap('# My plan\n- loose\n## Part\n- inner');
    expect(roadmap.title).toBe('My plan');
    expect(outline(roadmap)).toEqual([
      '# My plan',
      '  - loose {null}',
      '# Part',
      '  - inner {null}',
    ]);
  });

  it('prefers the front matter title over the first H1', () => {
    const text = "---\ntitle: 'It''s mine' # comment\ntags: a, b\n---\n# Heading\n- x";
    expect(parseRoadmap(text)).toMatchObject({ title: "It's mine", tags: ['a', 'b'] });
  });

  it('warns about list items without text', () => {
    const roadmap = parseRoadmap('## S\n\n- one\n-\n- [ ]\n- two');
    expect(outline(roadmap)).toEqual(['# S', '  - one {null}', '  - two {null}']);
    expect(roadmap.warnings).toEqual([
      'line 4: list item with no text, skipped',
      'line 5: list item with no text, skipped',
    ]);
  });
});
