import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROADMAP = 'tests/fixtures/roadmaps/example-roadmap.md';
const FROM = '2025-01-06';
const MINUTES = 60;

interface CliPlan {
  days: {
    date: string;
    minutes: number;
    sessions: { project: string; objective: string; minutes: number; kind: 'build' | 'review' }[];
  }[];
  projects: {
    project: string;
    objective: string;
    effortMinutes: number;
    start: string | null;
    done: string | null;
  }[];
  objectives: { objective: string; done: string | null }[];
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** `npm run plan` without npm in front: the same script, a second less per run. */
function plan(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'node_modules/.bin/tsx',
      ['scripts/plan.ts', ...args],
      { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

function parsed(run: Run): CliPlan {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as CliPlan;
}

const BASE = [ROADMAP, '--from', FROM, '--days', '180', '--minutes-per-day', String(MINUTES)];
const GAP = ['2025-02-03', '2025-02-09'];
const BAD: [string, string[]][] = [
  ['--effort-hours 0', ['--effort-hours', '0']],
  ['--effort-hours abc', ['--effort-hours', 'abc']],
  ['--in-progress 0', ['--in-progress', '0']],
  ['--new-per-week 3 (no longer an option)', ['--new-per-week', '3']],
];

const latest = (days: (string | null)[]) =>
  days.includes(null) ? null : (days as string[]).reduce((a, b) => (a > b ? a : b));

// Every run starts at once: each is a process of about a second.
const dir = mkdtempSync(join(tmpdir(), 'waymark-plan-'));
let runs: { base: Run; again: Run; missed: Run; estimate: Run; bad: Run[] };

beforeAll(async () => {
  const note = join(dir, 'estimates.md');
  writeFileSync(note, '# Goal\n\n- Alpha (20h)\n- Beta\n');
  const [base, again, missed, estimate, ...bad] = await Promise.all([
    plan(BASE),
    plan(BASE),
    plan([...BASE, '--missed', GAP.join('..')]),
    plan([note, '--from', FROM, '--days', '7', '--effort-hours', '5']),
    ...BAD.map(([, args]) => plan([ROADMAP, '--from', FROM, ...args])),
  ]);
  runs = { base: base!, again: again!, missed: missed!, estimate: estimate!, bad };
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run plan', () => {
  it('prints the agreed shape, and never a day over its minutes', () => {
    const { days } = parsed(runs.base);
    expect(days).toHaveLength(180);
    expect(days[0]?.date).toBe(FROM);
    for (const day of days) {
      expect(day.minutes).toBeLessThanOrEqual(MINUTES);
      expect(day.minutes).toBe(day.sessions.reduce((sum, s) => sum + s.minutes, 0));
      for (const session of day.sessions) {
        expect(Object.keys(session).sort()).toEqual(['kind', 'minutes', 'objective', 'project']);
        expect(['build', 'review']).toContain(session.kind);
        expect(session.objective).not.toBe('');
      }
    }
  });

  it('plans at least 80% of the minutes until the forecast end, which it reaches', () => {
    const { days, projects } = parsed(runs.base);
    const end = latest(projects.filter((p) => p.start !== null).map((p) => p.done));
    expect(end).not.toBeNull();
    const until = days.filter((d) => d.date <= (end ?? ''));
    expect(until.length).toBeLessThan(days.length);
    const planned = until.reduce((sum, d) => sum + d.minutes, 0);
    expect(planned).toBeGreaterThanOrEqual(0.8 * MINUTES * until.length);
  });

  it('builds no project the note marks done, and forecasts the others on the days it builds them', () => {
    const { days, projects } = parsed(runs.base);
    const builds = (title: string) =>
      days.filter((d) => d.sessions.some((s) => s.project === title && s.kind === 'build'));
    expect(projects.find((p) => p.project === 'PubSub system in Rust')).toMatchObject({
      start: null,
      done: null,
    });
    expect(builds('PubSub system in Rust')).toEqual([]);
    for (const project of projects.filter((p) => p.start !== null)) {
      const built = builds(project.project);
      expect([project.project, project.start, project.done]).toEqual([
        project.project,
        built[0]?.date,
        built.at(-1)?.date,
      ]);
      expect(project.effortMinutes).toBe(600);
    }
  });

  it('reaches each objective on the latest done day of its projects not done in the note', () => {
    const { projects, objectives } = parsed(runs.base);
    expect(objectives.length).toBe(4);
    for (const { objective, done } of objectives) {
      const open = projects.filter((p) => p.objective === objective && p.start !== null);
      expect([objective, done]).toEqual([objective, latest(open.map((p) => p.done))]);
    }
  });

  it('prints the same bytes for the same input', () => {
    expect(runs.again.status).toBe(0);
    expect(runs.again.stdout).toBe(runs.base.stdout);
  });

  it('does nothing on missed days, then fills the days again and still builds everything', () => {
    const base = parsed(runs.base);
    const { days, projects } = parsed(runs.missed);
    const [from, to] = GAP as [string, string];
    expect(days.filter((d) => d.date < from)).toEqual(base.days.filter((d) => d.date < from));
    const gap = days.filter((d) => d.date >= from && d.date <= to);
    expect(gap.map((d) => [d.minutes, d.sessions.length])).toEqual(gap.map(() => [0, 0]));
    const end = latest(projects.filter((p) => p.start !== null).map((p) => p.done));
    const after = days.filter((d) => d.date > to && d.date <= (end ?? ''));
    expect(after.reduce((sum, d) => sum + d.minutes, 0)).toBeGreaterThanOrEqual(
      0.8 * MINUTES * after.length,
    );
    const baseEnd = latest(base.projects.filter((p) => p.start !== null).map((p) => p.done));
    expect(end !== null && baseEnd !== null && end > baseEnd).toBe(true);
  });

  it('takes an estimate written in the note over --effort-hours', () => {
    const { projects } = parsed(runs.estimate);
    expect(projects.map((p) => [p.project, p.effortMinutes])).toEqual([
      ['Alpha', 20 * 60],
      ['Beta', 5 * 60],
    ]);
  });

  it.each(BAD.map(([label], index) => [label, index] as const))(
    'exits 1 with one error line for %s',
    (_label, index) => {
      const run = runs.bad[index] as Run;
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^error: [^\n]+\n$/);
    },
  );
});
