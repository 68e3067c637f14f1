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
      line: 17,
      columns: { done: 0, project: 2 },
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

/** Each project as `title` plus its estimate in minutes, when it has one. */
function estimates(roadmap: ParsedRoadmap): (string | number)[][] {
  return roadmap.objectives
    .flatMap((objective) => objective.projects)
    .map((p) => (p.estimateMinutes === undefined ? [p.title] : [p.title, p.estimateMinutes]));
}

const TOO_BIG = 'an estimate must be more than 0 and at most 10000 hours';
const UNREADABLE = 'an estimate is written in hours or minutes, like 20h, 1.5 or 90m';

describe('parseRoadmap reads effort estimates', () => {
  it.each([
    ['(20h)', '- Build Git (20h)', [['Build Git', 1200]], []],
    ['(20 h)', '- Build Git (20 h)', [['Build Git', 1200]], []],
    ['(1.5h)', '- Build Git (1.5h)', [['Build Git', 90]], []],
    ['(0.75h)', '- Build Git (0.75h)', [['Build Git', 45]], []],
    ['(90m)', '- Build Git (90m)', [['Build Git', 90]], []],
    ['(90 min)', '- Build Git (90 min)', [['Build Git', 90]], []],
    ['(1 hr)', '- Build Git (1 hr)', [['Build Git', 60]], []],
    ['(2 HRS)', '- Build Git (2 HRS)', [['Build Git', 120]], []],
    ['(1 hour)', '- Build Git (1 hour)', [['Build Git', 60]], []],
    ['(3 Hours)', '- Build Git (3 Hours)', [['Build Git', 180]], []],
    ['(45 mins)', '- Build Git (45 mins)', [['Build Git', 45]], []],
    ['(1 minute)', '- Build Git (1 minute)', [['Build Git', 1]], []],
    ['(30 Minutes)', '- Build Git (30 Minutes)', [['Build Git', 30]], []],
    ['(1.25m) rounded', '- Build Git (1.25m)', [['Build Git', 1]], []],
    ['no space before it', '- Build Git(2h)', [['Build Git', 120]], []],
    ['the most there is', '- Build Git (10000h)', [['Build Git', 600_000]], []],
    ['only the trailing one', '- Build (2h) Git (3h)', [['Build (2h) Git', 180]], []],
    ['not at the end', '- Build (2h) Git', [['Build (2h) Git']], []],
    [
      'other words in brackets',
      '- Agents (Distributed Systems)',
      [['Agents (Distributed Systems)']],
      [],
    ],
    ['no brackets', '- Build Git 20h', [['Build Git 20h']], []],
    ['an unknown unit', '- Build Git (2d)', [['Build Git (2d)']], []],
    ['nothing but an estimate', '- (20h)', [['(20h)']], []],
    [
      'a task list',
      '## Git\n- [x] Build Git (20h)\n- [ ] Lox (5h)',
      [
        ['Build Git', 1200],
        ['Lox', 300],
      ],
      [],
    ],
    [
      '(0h)',
      '- Build Git (0h)',
      [['Build Git (0h)']],
      [`line 1: "Build Git (0h)": ${TOO_BIG}; the default is used`],
    ],
    [
      'too many hours',
      '- a\n- Build Git (10000.5h)',
      [['a'], ['Build Git (10000.5h)']],
      [`line 2: "Build Git (10000.5h)": ${TOO_BIG}; the default is used`],
    ],
    [
      'less than half a minute',
      '- Build Git (0.004h)',
      [['Build Git (0.004h)']],
      [`line 1: "Build Git (0.004h)": ${TOO_BIG}; the default is used`],
    ],
    [
      'an Effort column',
      '| Project | Effort |\n|--|--|\n| Build Git | 20h |',
      [['Build Git', 1200]],
      [],
    ],
    [
      'a bare number in hours',
      '| Project | Estimate |\n|--|--|\n| Build Git | 1.5 |',
      [['Build Git', 90]],
      [],
    ],
    [
      'an Hours column',
      '| Task | Hours |\n|--|--|\n| Build Git | 90 min |',
      [['Build Git', 90]],
      [],
    ],
    [
      'an Est. column',
      '| Project | Est. |\n|--|--|\n| Build Git | 20 h |',
      [['Build Git', 1200]],
      [],
    ],
    [
      'an estimate column before the project column',
      '| Estimated hours | To learn |\n|--|--|\n| 3 | Build Git |',
      [['Build Git', 180]],
      [],
    ],
    [
      'an estimate column that names projects',
      '| Objective | Effort per project | Project |\n|--|--|--|\n| Git | 90m | Build Git |',
      [['Build Git', 90]],
      [],
    ],
    [
      'a trailing estimate in a table',
      '| Project |\n|--|\n| Build Git (5h) |',
      [['Build Git', 300]],
      [],
    ],
    [
      'the column over a trailing estimate',
      '| Project | Effort |\n|--|--|\n| Build Git (5h) | 20h |',
      [['Build Git', 1200]],
      [],
    ],
    [
      'placeholders in the column',
      '| Project | Effort |\n|--|--|\n| a | - |\n| b | TBD |\n| c |  |',
      [['a'], ['b'], ['c']],
      [],
    ],
    [
      'a zero in the column',
      '| Project | Effort |\n|--|--|\n| Build Git | 0 |',
      [['Build Git']],
      [`row 1: "0": ${TOO_BIG}; the default is used`],
    ],
    [
      'an unreadable column value',
      '| Project | Effort |\n|--|--|\n| Build Git | 2 days |',
      [['Build Git']],
      [`row 1: "2 days": ${UNREADABLE}; the default is used`],
    ],
    [
      'a bad column value over a good trailing one',
      '| Project | Effort |\n|--|--|\n| Build Git (5h) | 0h |',
      [['Build Git', 300]],
      [`row 1: "0h": ${TOO_BIG}; 5h is used`],
    ],
    [
      'a bad trailing value under a good column',
      '| Project | Effort |\n|--|--|\n| Build Git (0h) | 50m |',
      [['Build Git (0h)', 50]],
      [`row 1: "Build Git (0h)": ${TOO_BIG}; 50m is used`],
    ],
    [
      'the second table',
      '| Project |\n|--|\n| a |\n\n| Project | Effort |\n|--|--|\n| b | 0 |',
      [['a'], ['b']],
      [`table 2, row 1: "0": ${TOO_BIG}; the default is used`],
    ],
    ['a lone Hours column as projects', '| Hours |\n|--|\n| Build Git |', [['Build Git']], []],
  ])('reads %s', (_, text, expected, warnings) => {
    const roadmap = parseRoadmap(text);
    expect(estimates(roadmap)).toEqual(expected);
    expect(roadmap.warnings).toEqual(warnings);
  });

  it.each([
    [
      'a list',
      '- Build Git (20h)\n  - Objects (2h)\n    - Blobs (1h)',
      ['  - Build Git {null}', '    - Objects (2h) {null}', '      - Blobs (1h) {null}'],
    ],
    [
      'a table cell',
      '| Project | Effort |\n|--|--|\n| - Build Git (5h)<br>- Objects (2h)<br>- Blobs (1h) | 20h |',
      ['  - Build Git {null}', '    - Objects (2h) {null}', '    - Blobs (1h) {null}'],
    ],
  ])('leaves breakdown text alone in %s', (_, text, expected) => {
    const roadmap = parseRoadmap(text);
    expect(outline(roadmap).slice(1)).toEqual(expected);
    expect(roadmap.objectives[0]?.projects[0]?.estimateMinutes).toBe(1200);
    expect(JSON.stringify(roadmap.objectives[0]?.projects[0]?.children)).not.toContain('estimate');
  });
});
