// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'waymark-cli-'));
const png = join(scratch, 'image.md');
writeFileSync(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
const empty = join(scratch, 'empty.md');
writeFileSync(empty, '---\ntags: [a]\n---\n');
const estimated = join(scratch, 'estimated.md');
writeFileSync(estimated, '- Build Git (1.5h)\n  - Objects (2h)\n- Lox\n- Redis (0h)\n');

function runCli(...args: string[]) {
  return spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/roadmap.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('roadmap CLI', () => {
  it('prints the example note as JSON', () => {
    const result = runCli('tests/fixtures/roadmaps/example-roadmap.md');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['title', 'objectives', 'warnings']);
    expect(output.title).toBeNull();
    expect(output.warnings).toEqual([]);
    expect(output.objectives).toHaveLength(4);
    const projects = output.objectives.flatMap((o: { projects: unknown[] }) => o.projects);
    expect(projects).toHaveLength(16);
    expect(projects[9]).toEqual({
      title: 'gVisor - foreverVM',
      done: true,
      links: [
        { url: 'https://github.com/tripathi456/gvisor-based-python-repl', label: 'foreverVM' },
      ],
      children: [],
    });
  });

  it('prints nested objectives and breakdown', () => {
    const output = JSON.parse(runCli('tests/fixtures/roadmaps/headings-and-lists.md').stdout);
    expect(output.objectives[0].objectives[0].title).toBe('Query engines');
    expect(output.objectives[0].projects[0].children[1].children[0]).toEqual({
      title: 'Compaction',
      done: null,
      links: [],
      children: [],
    });
  });

  it('prints estimates in minutes, only where a project has one', () => {
    const output = JSON.parse(runCli(estimated).stdout);
    expect(output.objectives[0].projects).toEqual([
      {
        title: 'Build Git',
        done: null,
        estimateMinutes: 90,
        links: [],
        children: [{ title: 'Objects (2h)', done: null, links: [], children: [] }],
      },
      { title: 'Lox', done: null, links: [], children: [] },
      { title: 'Redis (0h)', done: null, links: [], children: [] },
    ]);
    expect(output.warnings).toEqual([
      'line 4: "Redis (0h)": an estimate must be more than 0 and at most 10000 hours; the default is used',
    ]);
  });

  it.each([
    ['a PNG-like binary', [png], 'error: not a text or markdown file'],
    ['front matter only', [empty], 'error: nothing to import'],
    ['a missing file', [join(scratch, 'nope.md')], 'error: no such file'],
    ['no argument', [], 'error: usage: npm run roadmap -- <file>'],
  ])('rejects %s with one error line and exit 1', (_, args, line) => {
    const result = runCli(...args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${line}\n`);
  });
});
