import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROADMAP = 'tests/fixtures/roadmaps/example-roadmap.md';

interface CliDay {
  date: string;
  minutes: number;
  sessions: { project: string; objective: string; minutes: number; kind: 'new' | 'review' }[];
}

function plan(args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/plan.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function planDays(args: string[]): CliDay[] {
  const result = plan([ROADMAP, ...args]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { days: CliDay[] }).days;
}

const weekday = (date: string): number => new Date(`${date}T12:00:00`).getDay();

describe('npm run plan', { timeout: 30_000 }, () => {
  it('never plans a day over its minutes, keeps rest days empty and prints the agreed shape', () => {
    const days = planDays([
      '--from',
      '2025-01-06',
      '--days',
      '60',
      '--minutes-per-day',
      '45',
      '--session-minutes',
      '20',
      '--rest-days',
      'sat,sun',
      '--new-per-week',
      '4',
    ]);
    expect(days).toHaveLength(60);
    expect(days[0]?.date).toBe('2025-01-06');
    for (const day of days) {
      expect(day.minutes).toBeLessThanOrEqual(45);
      expect(day.minutes).toBe(day.sessions.reduce((sum, s) => sum + s.minutes, 0));
      if ([0, 6].includes(weekday(day.date))) expect(day.sessions).toEqual([]);
      const projects = day.sessions.map((s) => s.project);
      expect(new Set(projects).size).toBe(projects.length);
      for (const session of day.sessions) {
        expect(Object.keys(session).sort()).toEqual(['kind', 'minutes', 'objective', 'project']);
        expect(session.project).not.toBe('');
        expect(session.objective).not.toBe('');
      }
    }
    expect(days.some((d) => d.sessions.some((s) => s.kind === 'review'))).toBe(true);
  });

  it('respects new projects per week (Monday weeks)', () => {
    const days = planDays([
      '--from',
      '2025-01-06',
      '--days',
      '28',
      '--new-per-week',
      '2',
      '--minutes-per-day',
      '120',
    ]);
    for (let week = 0; week < 4; week++) {
      const started = days
        .slice(week * 7, week * 7 + 7)
        .flatMap((d) => d.sessions.filter((s) => s.kind === 'new'));
      expect(started.length).toBeLessThanOrEqual(2);
    }
  });

  it('is deterministic: two runs print the same bytes', () => {
    const args = [
      ROADMAP,
      '--from',
      '2025-03-24',
      '--days',
      '40',
      '--rating',
      'hard',
      '--missed',
      '2025-04-01..2025-04-03',
    ];
    const first = plan(args);
    expect(first.status).toBe(0);
    expect(plan(args).stdout).toBe(first.stdout);
  });

  it('does nothing on missed days, then spreads the backlog within budget', () => {
    const args = [
      '--from',
      '2025-01-06',
      '--days',
      '40',
      '--minutes-per-day',
      '60',
      '--new-per-week',
      '7',
    ];
    const baseline = planDays(args);
    const days = planDays([...args, '--missed', '2025-01-20..2025-01-26']);
    const missed = days.filter((d) => d.date >= '2025-01-20' && d.date <= '2025-01-26');
    expect(missed).toHaveLength(7);
    expect(missed.every((d) => d.minutes === 0 && d.sessions.length === 0)).toBe(true);
    // Same days as without the gap until it starts.
    expect(days.filter((d) => d.date < '2025-01-20')).toEqual(
      baseline.filter((d) => d.date < '2025-01-20'),
    );
    const after = days.filter((d) => d.date > '2025-01-26');
    for (const day of after) expect(day.minutes).toBeLessThanOrEqual(60);
    // The reviews that fell due in the gap come back over several days, not all on the first one.
    const dueInGap = baseline
      .filter((d) => d.date >= '2025-01-20' && d.date <= '2025-01-26')
      .flatMap((d) => d.sessions.filter((s) => s.kind === 'review'));
    expect(dueInGap.length).toBeGreaterThan(2);
    const reviewDays = after.slice(0, 7).filter((d) => d.sessions.some((s) => s.kind === 'review'));
    expect(reviewDays.length).toBeGreaterThan(1);
    expect(after[0]?.minutes).toBe(60);
  });

  it.each([
    ['a bad date', ['--from', '2025-02-30']],
    ['a missing --from', []],
    ['negative days', ['--from', '2025-01-06', '--days', '-3']],
    ['negative minutes', ['--from', '2025-01-06', '--minutes-per-day=-5']],
    ['zero days', ['--from', '2025-01-06', '--days', '0']],
    ['an unknown option', ['--from', '2025-01-06', '--speed', 'fast']],
    ['an unknown rating', ['--from', '2025-01-06', '--rating', 'great']],
    ['an unknown rest day', ['--from', '2025-01-06', '--rest-days', 'funday']],
    ['a backwards missed range', ['--from', '2025-01-06', '--missed', '2025-01-09..2025-01-07']],
  ])('exits 1 with one error line for %s', (_label, args) => {
    const result = plan([ROADMAP, ...args]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
  });

  it('exits 1 with one error line for a missing file', () => {
    const result = plan(['tests/fixtures/roadmaps/no-such-roadmap.md', '--from', '2025-01-06']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: cannot read [^\n]+\n$/);
  });
});
