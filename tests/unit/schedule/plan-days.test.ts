import { describe, expect, it } from 'vitest';
import {
  balanceWindowDays,
  dayToEpoch,
  planDays,
  type PlanInput,
} from '../../../lib/domain/schedule';
import {
  DEFAULT_SETTINGS,
  type MemoryCard,
  type Objective,
  type Project,
  type Settings,
} from '../../../lib/domain/types';

const TODAY = '2025-01-06'; // a Monday

function objective(id: string, order: number, archived: 0 | 1 = 0): Objective {
  return { id, roadmapId: 'r', title: id, order, archived };
}

function project(id: string, overrides: Partial<Project> = {}): Project {
  return {
    id,
    objectiveId: 'o1',
    roadmapId: 'r',
    key: id,
    title: id,
    order: 0,
    links: [],
    children: [],
    done: false,
    status: 'new',
    archived: 0,
    ...overrides,
  };
}

/** A reviewed card due on `dueDay` after an interval of `scheduledDays`. */
function card(dueDay: string, scheduledDays = 10, stability = scheduledDays): MemoryCard {
  const due = dayToEpoch(dueDay, 12);
  return {
    due,
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    lastReview: due - scheduledDays * 86_400_000,
  };
}

const reviewing = (id: string, dueDay: string, extra: Partial<Project> = {}, days = 10): Project =>
  project(id, { status: 'active', card: card(dueDay, days), ...extra });

function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

function plan(overrides: Partial<PlanInput> & Pick<PlanInput, 'projects'>) {
  return planDays({
    objectives: [objective('o1', 0), objective('o2', 1)],
    settings: settings(),
    today: TODAY,
    days: 7,
    ...overrides,
  });
}

const daysOf = (result: ReturnType<typeof planDays>, projectId: string): string[] =>
  result.days.filter((d) => d.sessions.some((s) => s.projectId === projectId)).map((d) => d.date);

describe('planDays', () => {
  it('puts a due review on its due day with its details', () => {
    const result = plan({ projects: [reviewing('a', '2025-01-08')] });
    expect(daysOf(result, 'a')).toEqual(['2025-01-08']);
    expect(result.days[2]?.sessions[0]).toMatchObject({
      projectId: 'a',
      minutes: 30,
      kind: 'review',
      due: '2025-01-08',
      overdueDays: 0,
    });
    expect(result.days[2]?.sessions[0]?.recall).toBeCloseTo(0.9, 1);
  });

  it('plans overdue reviews today, lowest recall first, then new projects', () => {
    const result = plan({
      projects: [
        project('new1', { order: 0 }),
        reviewing('late', '2025-01-01'),
        reviewing('later', '2024-12-20'),
      ],
      settings: settings({ minutesPerWeekday: [90, 90, 90, 90, 90, 90, 90] }),
    });
    expect(result.days[0]?.sessions.map((s) => s.projectId)).toEqual(['later', 'late', 'new1']);
    expect(result.days[0]?.sessions[0]?.overdueDays).toBe(17);
  });

  it.each([
    ['rest day', { restDays: [3] }],
    ['0-minute weekday', { minutesPerWeekday: [60, 60, 60, 0, 60, 60, 60] }],
    ['break', { breaks: [{ from: '2025-01-08', to: '2025-01-08' }] }],
  ] as const)('keeps a %s empty and moves its session after it', (_label, overrides) => {
    const result = plan({
      projects: [reviewing('a', '2025-01-08')],
      settings: settings(overrides as Partial<Settings>),
    });
    expect(result.days[2]).toMatchObject({ date: '2025-01-08', budget: 0, sessions: [] });
    expect(daysOf(result, 'a')).toEqual(['2025-01-09']);
  });

  it('spreads the work due inside a break over the days after it, each within budget', () => {
    const projects = ['a', 'b', 'c', 'd', 'e'].map((id) => reviewing(id, '2025-01-07'));
    const result = plan({
      projects,
      settings: settings({ breaks: [{ from: '2025-01-06', to: '2025-01-08' }] }),
    });
    expect(result.days.slice(0, 3).every((d) => d.sessions.length === 0)).toBe(true);
    expect(result.days.slice(3, 6).map((d) => d.minutes)).toEqual([60, 60, 30]);
    expect(result.unplaceable).toEqual([]);
  });

  it('spreads a backlog after a missed stretch instead of cramming today', () => {
    const projects = Array.from({ length: 7 }, (_, i) => reviewing(`p${i}`, '2025-01-02'));
    const result = plan({ projects });
    expect(result.days.map((d) => d.minutes)).toEqual([60, 60, 60, 30, 0, 0, 0]);
  });

  it('moves a session off a full due day to the lightest day in its window', () => {
    // Two sessions fill Jan 8; the third (interval 30 days, window 3) goes to the lightest of
    // Jan 9-11. Jan 9 already holds one session, so it lands on Jan 10 or 11, not simply tomorrow.
    const projects = [
      reviewing('x', '2025-01-08', {}, 30),
      reviewing('y', '2025-01-08', {}, 30),
      reviewing('z', '2025-01-08', {}, 30),
      reviewing('w', '2025-01-09', {}, 30),
    ];
    const result = plan({ projects });
    const moved = result.days.find((d) => d.sessions.length === 1 && d.date !== '2025-01-09');
    expect(moved && ['2025-01-10', '2025-01-11']).toContain(moved?.date);
    expect(result.days[2]?.minutes).toBe(60);
  });

  it.each([
    [1, 1],
    [5, 1],
    [30, 3],
    [365, 7],
  ])('a %i-day interval may slide %i day(s)', (interval, window) => {
    expect(balanceWindowDays(interval)).toBe(window);
  });

  it('breaks load-balancing ties the same way every time (seeded by project id)', () => {
    const projects = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) =>
      reviewing(id, '2025-01-07', {}, 60),
    );
    const first = plan({ projects, days: 14 });
    const again = plan({ projects: [...projects].reverse(), days: 14 });
    expect(again.days).toEqual(first.days);
  });

  it('lists a session longer than every day as unplaceable, with a reason', () => {
    const result = plan({
      projects: [reviewing('a', '2025-01-06'), project('b')],
      settings: settings({ minutesPerWeekday: [20, 20, 20, 20, 20, 20, 20] }),
    });
    expect(result.unplaceable).toEqual([
      {
        projectId: 'a',
        minutes: 30,
        reason: "30 min session is longer than any day's budget (20 min): shorten it",
      },
      {
        projectId: 'b',
        minutes: 30,
        reason: "30 min session is longer than any day's budget (20 min): shorten it",
      },
    ]);
    expect(result.days.every((d) => d.sessions.length === 0)).toBe(true);
  });

  it('lists a due review as unplaceable when the horizon has no room for it', () => {
    const projects = ['a', 'b', 'c'].map((id) => reviewing(id, '2025-01-06'));
    const result = plan({ projects, days: 1 });
    expect(result.days[0]?.minutes).toBe(60);
    expect(result.unplaceable).toHaveLength(1);
    expect(result.unplaceable[0]?.reason).toMatch(/no room/);
  });

  it('uses the per-project session length', () => {
    const result = plan({ projects: [reviewing('a', '2025-01-06', { sessionMinutes: 45 })] });
    expect(result.days[0]?.sessions[0]?.minutes).toBe(45);
  });

  it.each([
    ['paused', { status: 'paused' }],
    ['retired', { status: 'retired' }],
    ['archived', { archived: 1 }],
    ['under an archived objective', { objectiveId: 'gone' }],
  ] as const)('never plans a %s project', (_label, overrides) => {
    const result = planDays({
      projects: [reviewing('a', '2025-01-06', overrides as Partial<Project>)],
      objectives: [objective('o1', 0), objective('gone', 1, 1)],
      settings: settings(),
      today: TODAY,
      days: 7,
    });
    expect(result.days.flatMap((d) => d.sessions)).toEqual([]);
    expect(result.unplaceable).toEqual([]);
  });

  it('keeps reviewing done projects', () => {
    const result = plan({ projects: [reviewing('a', '2025-01-07', { done: true })] });
    expect(daysOf(result, 'a')).toEqual(['2025-01-07']);
  });

  it('starts new projects in roadmap order, objectives in the order the user chose', () => {
    const projects = [
      project('o1-b', { objectiveId: 'o1', order: 1 }),
      project('o2-a', { objectiveId: 'o2', order: 0 }),
      project('o1-a', { objectiveId: 'o1', order: 0 }),
      project('o3-a', { objectiveId: 'o3', order: 0 }),
    ];
    const wide = settings({ newPerWeek: 10, minutesPerWeekday: [30, 30, 30, 30, 30, 30, 30] });
    const firstSessions = (objectiveOrder: string[]) =>
      plan({
        projects,
        objectives: [objective('o1', 0), objective('o2', 1), objective('o3', 2)],
        settings: { ...wide, objectiveOrder },
      })
        .days.slice(0, 4)
        .map((d) => d.sessions[0]?.projectId);
    expect(firstSessions([])).toEqual(['o1-a', 'o1-b', 'o2-a', 'o3-a']);
    expect(firstSessions(['o3', 'o1', 'o2'])).toEqual(['o3-a', 'o1-a', 'o1-b', 'o2-a']);
    // Objectives left out of the order (added to the note later) follow in note order.
    expect(firstSessions(['o2', 'gone'])).toEqual(['o2-a', 'o1-a', 'o1-b', 'o3-a']);
  });

  it.each([
    [0, 3, ['2025-01-06', '2025-01-06', '2025-01-07']],
    [2, 1, ['2025-01-06', '2025-01-13']],
    [3, 0, ['2025-01-13', '2025-01-13', '2025-01-14']],
  ])(
    'with %i already started this week and 3 per Monday week, new starts fall on the right days',
    (startedThisWeek, _thisWeek, expected) => {
      const projects = ['a', 'b', 'c', 'd', 'e'].map((id, order) => project(id, { order }));
      const result = plan({ projects, startedThisWeek, days: 14 });
      const starts = result.days.flatMap((d) => d.sessions.map(() => d.date));
      expect(starts.slice(0, expected.length)).toEqual(expected);
    },
  );

  it('never starts a new project before an earlier one in roadmap order', () => {
    // 'big' fits no day this week after the review, so 'small' waits behind it.
    const result = plan({
      projects: [
        project('big', { order: 0, sessionMinutes: 60 }),
        project('small', { order: 1, sessionMinutes: 10 }),
        reviewing('r', '2025-01-06'),
      ],
      days: 2,
      settings: settings({ minutesPerWeekday: [60, 60, 60, 60, 60, 60, 60] }),
    });
    expect(result.days[0]?.sessions.map((s) => s.projectId)).toEqual(['r']);
    expect(result.days[1]?.sessions.map((s) => s.projectId)).toEqual(['big']);
  });

  it('respects notBefore (postponed) and doneToday', () => {
    const result = plan({
      projects: [
        reviewing('later', '2025-01-06', { notBefore: dayToEpoch('2025-01-09') }),
        reviewing('done', '2025-01-06'),
        reviewing('other', '2025-01-06'),
      ],
      doneToday: ['done'],
    });
    expect(daysOf(result, 'later')).toEqual(['2025-01-09']);
    expect(daysOf(result, 'done')).toEqual(['2025-01-07']);
    // 30 minutes were already studied today, so only 30 are left for 'other'.
    expect(result.days[0]).toMatchObject({ budget: 60, minutes: 30 });
  });

  it('does not mutate its input', () => {
    const input: PlanInput = {
      projects: [reviewing('a', '2025-01-02'), project('b')],
      objectives: [objective('o1', 0)],
      settings: settings(),
      today: TODAY,
      days: 7,
    };
    const copy = structuredClone(input);
    planDays(input);
    expect(input).toStrictEqual(copy);
  });
});
