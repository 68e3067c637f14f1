import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MAX_WORD_LENGTH } from '../../lib/domain/tabs/suggestion-limits';

const ROADMAP = 'public/example-roadmap.md';

function suggest(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/suggest.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run suggest', () => {
  it.each([
    [
      'https://kubernetes.io/docs/concepts/overview/#why',
      'Overview | Kubernetes',
      {
        kind: 'docs',
        suggestions: [{ project: 'Kubernetes', objective: 'ML Infra / AI Infra', score: 0.675 }],
      },
    ],
    [
      'https://www.youtube.com/watch?v=PziYflu8cB8&si=abc',
      'Kubernetes Explained in 6 Minutes | k8s Architecture - YouTube',
      {
        kind: 'video',
        suggestions: [{ project: 'Kubernetes', objective: 'ML Infra / AI Infra', score: 0.593 }],
      },
    ],
    [
      'https://github.com/tripathi456/gvisor-based-python-repl',
      undefined,
      {
        kind: 'repo',
        suggestions: [
          { project: 'gVisor - foreverVM', objective: 'ML Infra / AI Infra', score: 0.998 },
        ],
      },
    ],
    [
      'https://craftinginterpreters.com/',
      'Crafting Interpreters',
      {
        kind: 'other',
        suggestions: [
          {
            project: 'Lox Interpreter',
            objective: 'To get into a distributed systems role',
            score: 0.675,
          },
        ],
      },
    ],
    [
      'https://github.com/tinygrad/tinygrad',
      'GitHub - tinygrad/tinygrad: You like pytorch? You like micrograd? You love tinygrad!',
      {
        kind: 'repo',
        suggestions: [
          { project: 'TinyGrad Contributions', objective: 'ML Distributed Training', score: 0.675 },
        ],
      },
    ],
    [
      'https://www.bbc.co.uk/news/articles/c0k8ey0w2zyo',
      'Bank of England cuts interest rates to 4% - BBC News',
      { kind: 'article', suggestions: [] },
    ],
    [
      'https://www.allrecipes.com/recipe/10813/best-chocolate-chip-cookies/',
      'Best Chocolate Chip Cookies Recipe (with Video)',
      { kind: 'other', suggestions: [] },
    ],
  ])('suggests for %s', (url, title, expected) => {
    const result = suggest(ROADMAP, url, ...(title === undefined ? [] : [title]));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('suggests for an address with a 100,000-character word as for its first letters', () => {
    const run = (word: string) =>
      suggest(ROADMAP, `https://kubernetes.io/docs/${word}`, 'Overview | Kubernetes');
    const word = 'x'.repeat(100_000);
    const [huge, cut] = [run(word), run(word.slice(0, MAX_WORD_LENGTH))];
    expect(huge.stderr).toBe('');
    expect(huge.status).toBe(0);
    expect(huge.stdout).toBe(cut.stdout);
    expect(JSON.parse(huge.stdout).suggestions[0].project).toBe('Kubernetes');
  });

  it.each([
    [[ROADMAP], 'error: usage: npm run --silent suggest -- <roadmap.md> <url> [title]'],
    [[], 'error: usage: npm run --silent suggest -- <roadmap.md> <url> [title]'],
    [
      [ROADMAP, 'https://x.org/', 'title', 'extra'],
      'error: usage: npm run --silent suggest -- <roadmap.md> <url> [title]',
    ],
    [
      ['/nonexistent/roadmap.md', 'https://kubernetes.io/'],
      'error: /nonexistent/roadmap.md: no such file',
    ],
    [['tests', 'https://kubernetes.io/'], 'error: tests: is a folder'],
    [[ROADMAP, 'chrome://extensions/'], "error: Browser pages (chrome://) can't be attached"],
    [
      [ROADMAP, 'file:///home/me/notes.md'],
      "error: Files on your computer (file://) can't be attached, only web pages",
    ],
    [[ROADMAP, 'not a url'], 'error: This tab’s address is not a valid web address'],
  ])('fails cleanly for %j', (args, line) => {
    const result = suggest(...args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${line}\n`);
  });
});
