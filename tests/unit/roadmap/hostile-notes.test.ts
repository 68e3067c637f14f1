// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_NOTES } from '../../support/hostile-notes';

/**
 * Work is counted by V8, not timed: with these flags it counts the backtracking of every regular
 * expression at each position it tries, and past the limit reruns it on its linear engine and
 * prints the pattern. A quadratic pattern on these notes backtracks about as many times as its
 * run is long (20,000 characters and more) at each of thousands of positions. V8's linear engine
 * cannot run patterns with the `i` flag, lookbehind or back references, so those are not counted
 * here; tests/unit/linear-patterns.test.ts checks every pattern of ours statically.
 */
const BACKTRACK_LIMIT = 1_000;
const V8_FLAGS = [
  '--enable-experimental-regexp-engine-on-excessive-backtracks',
  `--regexp-backtracks-before-fallback=${BACKTRACK_LIMIT}`,
  '--trace-experimental-regexp-engine',
];
const PAST_LIMIT = 'Experimental execution';

interface NoteRun {
  /** The patterns that went past the limit, as V8 names them. */
  pastLimit: string[];
  result?: Record<string, unknown>;
}

const runs = new Map<string, NoteRun>();

beforeAll(() => {
  const child = spawnSync(
    process.execPath,
    [...V8_FLAGS, '--import', 'tsx', 'tests/support/parse-hostile-notes.ts'],
    { encoding: 'utf8', timeout: 170_000, maxBuffer: 16 * 1024 * 1024 },
  );
  expect(child.stderr).toBe('');
  let current: NoteRun | undefined;
  for (const line of child.stdout.split('\n')) {
    if (line.startsWith('note ')) {
      current = { pastLimit: [] };
      runs.set(line.slice('note '.length), current);
    } else if (line.startsWith(PAST_LIMIT)) {
      current?.pastLimit.push(line.slice(line.indexOf('<')));
    } else if (line.startsWith('{')) {
      if (current) current.result = JSON.parse(line);
    }
  }
}, 180_000);

describe('hostile notes', () => {
  it('runs under a backtrack limit that catches a quadratic pattern', () => {
    expect(runs.get('canary')?.pastLimit).toEqual([
      expect.stringContaining(String.raw`(?:^|\\s+)#.*$`),
    ]);
  });

  it.each(HOSTILE_NOTES.map(([name]) => name))(
    'parses %s with no pattern past the limit',
    (name) => {
      const run = runs.get(name);
      expect(run?.pastLimit).toEqual([]);
      expect(run?.result).toMatchObject({ projects: expect.any(Number) });
      expect(run?.result?.projects).toBeGreaterThan(0);
    },
  );

  it.each([
    [
      '200,000 spaces after the front matter title',
      {
        title: null,
        firstProject: 'Build Git',
        warnings: ['front matter is longer than 64 KB; its title and tags were not read'],
      },
    ],
    [
      '60,000 spaces after the front matter title',
      { title: 'Plan .', firstProject: 'Build Git', warnings: [] },
    ],
    [
      '25,000 `<input ` fragments in a table cell',
      { projects: 1, firstProject: expect.stringMatching(/^Build Git <input <input /) },
    ],
    [
      'a 20 MB cell of `<input ` fragments',
      { projects: 1, firstProject: expect.stringMatching(/^Build Git <input <input /) },
    ],
    ['a 20 MB list item of spaces and brackets', { projects: 1, warnings: [] }],
  ])('reads %s', (name, expected) => {
    expect(runs.get(name)?.result).toMatchObject(expected);
  });
});
