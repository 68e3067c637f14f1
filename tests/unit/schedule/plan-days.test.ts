import { describe, expect, it } from 'vitest';
import {
  dayToEpoch,
  planDays,
  simulatePlan,
  type DayPlan,
  type PlanInput,
} from '../../../lib/domain/schedule';
import type { Project, Settings } from '../../../lib/domain/types';
import {
  importExample,
  objective,
  project,
  reviewedCard,
  reviewing,
  settingsWith,
} from './schedule-fixtures';

const TODAY = '2025-01-06'; // a Monday
const every = (minutes: number) =>
  [minutes, minutes, minutes, minutes, minutes, minutes, minutes] as Settings['minutesPerWeekday'];
const building = (id: string, extra: Partial<Project> = {}) =>
  project(id, { phase: 'building', status: 'active', ...extra });

function plan(overrides: Partial<PlanInput> & Pick<PlanInput, 'projects'>): DayPlan {
  return planDays({
    objectives: [objective('o1', 0), objective('o2', 1)],
    settings: settingsWith(),
    today: TODAY,
    days: 7,
    ...overrides,
  });
}

/** Each day's sessions as `id:minutes`, reviews marked `review`. */
const sessionsOf = (result: DayPlan) =>
  result.days.map((d) =>
    d.sessions.map((s) => `${s.projectId}:${s.kind === 'review' ? 'review' : s.minutes}`),
  );

const daysOf = (result: DayPlan, projectId: string): string[] =>
  result.days.filter((d) => d.sessions.some((s) => s.projectId === projectId)).map((d) => d.date);

describe('planDays', () => {
  it('puts a due review on its due day, with its details, before the build sessions', () => {
    const result = plan({ projects: [reviewing('a', '2025-01-08'), building('b')] });
    expect(daysOf(result, 'a')).toEqual(['2025-01-08']);
    const [review, ...builds] = result.days[2]?.sessions ?? [];
    expect(review).toMatchObject({
      projectId: 'a',
      minutes: 20,
      kind: 'review',
      due: '2025-01-08',
      overdueDays: 0,
    });
    expect(review?.recall).toBeCloseTo(0.9, 1);
    expect(builds.map((s) => [s.projectId, s.kind, s.due, s.recall])).toEqual([
      ['b', 'build', null, null],
    ]);
  });

  it('plans overdue reviews first, lowest recall first', () => {
    const result = plan({
      projects: [building('b'), reviewing('late', '2025-01-01'), reviewing('later', '2024-12-20')],
    });
    expect(sessionsOf(result)[0]).toEqual(['later:review', 'late:review', 'b:20']);
    expect(result.days[0]?.sessions[0]?.overdueDays).toBe(17);
  });

  it.each([
    ['rest day', { restDays: [3] }],
    ['0-minute weekday', { minutesPerWeekday: [60, 60, 60, 0, 60, 60, 60] }],
    ['break', { breaks: [{ from: '2025-01-08', to: '2025-01-08' }] }],
  ] as const)('keeps a %s empty and moves its work after it', (_label, overrides) => {
    const result = plan({
      projects: [reviewing('a', '2025-01-08'), building('b')],
      settings: settingsWith(overrides as Partial<Settings>),
    });
    expect(result.days[2]).toMatchObject({
      date: '2025-01-08',
      budget: 0,
      minutes: 0,
      sessions: [],
    });
    expect(daysOf(result, 'a')).toEqual(['2025-01-09']);
    expect(daysOf(result, 'b')).not.toContain('2025-01-08');
  });

  it('lets building projects take turns in session-sized pieces, from where the last day stopped', () => {
    const result = plan({
      projects: [building('a', { order: 0 }), building('b', { order: 1 })],
      settings: settingsWith({ minutesPerWeekday: every(90) }),
      days: 2,
    });
    expect(sessionsOf(result)).toEqual([
      ['a:30', 'b:30', 'a:30'],
      ['b:30', 'a:30', 'b:30'],
    ]);
  });

  it.each([
    [undefined, ['a:30', 'b:30']],
    ['a', ['b:30', 'a:30']],
    ['b', ['a:30', 'b:30']],
    ['gone', ['a:30', 'b:30']],
  ])('after a build session of %s today, gives the next turn to the other', (lastBuilt, day) => {
    const projects = [building('a', { order: 0 }), building('b', { order: 1 })];
    const result = plan({ projects, days: 1, ...(lastBuilt ? { lastBuilt } : {}) });
    expect(sessionsOf(result)).toEqual([day]);
  });

  it.each([
    [45, ['a:30', 'a:15']],
    [50, ['a:30', 'a:20']],
    // 10 minutes left: too short to start a session, so the piece before takes them.
    [40, ['a:40']],
    [10, []],
  ])(
    'with %i minutes, shortens the last piece only to fill at least 15 minutes, else stretches one',
    (minutes, day) => {
      const result = plan({
        projects: [building('a')],
        settings: settingsWith({ minutesPerWeekday: every(minutes) }),
        days: 1,
      });
      expect(sessionsOf(result)).toEqual([day]);
    },
  );

  it('never builds past the estimate, then reviews the project once it is done', () => {
    const result = plan({ projects: [building('a', { estimateMinutes: 100, builtMinutes: 55 })] });
    expect(sessionsOf(result)[0]).toEqual(['a:30', 'a:15']);
    expect(sessionsOf(result).slice(1).flat()).toContain('a:review');
  });

  it('gives a project already past its estimate one more session', () => {
    const result = plan({ projects: [building('a', { estimateMinutes: 60, builtMinutes: 90 })] });
    expect(sessionsOf(result)[0]).toEqual(['a:30']);
  });

  it('builds at most inProgress projects; the next starts the day one is done', () => {
    const projects = ['a', 'b', 'c'].map((id, order) =>
      project(id, { order, estimateMinutes: 60 }),
    );
    const result = plan({
      projects,
      settings: settingsWith({ inProgress: 1, minutesPerWeekday: every(90) }),
      days: 2,
    });
    expect(sessionsOf(result)).toEqual([
      ['a:30', 'a:30', 'b:30'],
      ['b:30', 'c:30', 'c:30'],
    ]);
  });

  it('starts none while projects the user started out of turn fill the places', () => {
    const projects = [
      building('x', { estimateMinutes: 30 }),
      building('y', { estimateMinutes: 60 }),
      building('z', { estimateMinutes: 90 }),
      project('q', { estimateMinutes: 30 }),
    ];
    const result = plan({ projects, settings: settingsWith({ minutesPerWeekday: every(90) }) });
    // x and y done on day one leave z alone: only then is there room for q (inProgress 2).
    expect(sessionsOf(result).slice(0, 2)).toEqual([
      ['x:30', 'y:30', 'z:30'],
      ['y:30', 'z:30', 'q:30'],
    ]);
  });

  it.each([
    [[], ['o1-a', 'o1-b', 'o2-a', 'o3-a', 'later']],
    [
      ['o3', 'o1', 'o2'],
      ['o3-a', 'o1-a', 'o1-b', 'o2-a', 'later'],
    ],
    // Objectives left out of the chosen order (added to the note later) follow in note order.
    [
      ['o2', 'gone'],
      ['o2-a', 'o1-a', 'o1-b', 'o3-a', 'later'],
    ],
  ])('with objective order %j, starts queued projects in the order %j', (order, expected) => {
    const projects = [
      project('later', { objectiveId: 'o1', order: 0, deferred: true }),
      project('o1-b', { objectiveId: 'o1', order: 2 }),
      project('o2-a', { objectiveId: 'o2', order: 0 }),
      project('o1-a', { objectiveId: 'o1', order: 1 }),
      project('o3-a', { objectiveId: 'o3', order: 0 }),
    ].map((p) => ({ ...p, estimateMinutes: 30 }));
    const result = plan({
      projects,
      objectives: [objective('o1', 0), objective('o2', 1), objective('o3', 2)],
      settings: settingsWith({ objectiveOrder: order, inProgress: 1 }),
      days: 14,
    });
    const starts = new Set(
      result.days.flatMap((d) =>
        d.sessions.filter((s) => s.kind === 'build').map((s) => s.projectId),
      ),
    );
    expect([...starts]).toEqual(expected);
  });

  it('keeps a postponed project off the days before its date while the others fill them', () => {
    const result = plan({
      projects: [building('a', { notBefore: dayToEpoch('2025-01-08') }), building('b')],
      days: 3,
    });
    expect(sessionsOf(result)).toEqual([
      ['b:30', 'b:30'],
      ['b:30', 'b:30'],
      ['a:30', 'b:30'],
    ]);
  });

  it('leaves the minutes already studied today out of its budget', () => {
    const result = plan({ projects: [building('a')], studiedMinutesToday: 15, days: 2 });
    expect(result.days.map((d) => [d.budget, d.minutes])).toEqual([
      [60, 45],
      [60, 60],
    ]);
  });

  it.each([
    [
      'a build session',
      [building('a')],
      10,
      {
        projectId: 'a',
        minutes: 15,
        reason: "15 min session is longer than any day's budget (10 min): shorten it",
      },
    ],
    [
      'a review',
      [reviewing('a', TODAY, { reviewMinutes: 30 })],
      20,
      {
        projectId: 'a',
        minutes: 30,
        reason: "30 min session is longer than any day's budget (20 min): shorten it",
      },
    ],
    [
      'anything on 0-minute days',
      [building('a')],
      0,
      {
        projectId: 'a',
        minutes: 15,
        reason: 'no study time: every weekday has 0 minutes or is a rest day',
      },
    ],
  ])(
    'lists %s that fits no day as unplaceable, with a reason',
    (_label, projects, minutes, listed) => {
      const result = plan({
        projects,
        settings: settingsWith({ minutesPerWeekday: every(minutes) }),
      });
      expect(result.unplaceable).toEqual([listed]);
      expect(result.days.every((d) => d.sessions.length === 0)).toBe(true);
    },
  );

  it('does not start a project that fits no day, so the ones behind it still start', () => {
    const result = plan({
      projects: [project('long', { order: 0 }), project('short', { order: 1, sessionMinutes: 10 })],
      settings: settingsWith({ inProgress: 1, minutesPerWeekday: every(10) }),
      days: 2,
    });
    expect(result.unplaceable.map((u) => u.projectId)).toEqual(['long']);
    expect(sessionsOf(result)).toEqual([['short:10'], ['short:10']]);
  });

  it.each([
    ['paused', { status: 'paused' }],
    ['retired', { status: 'retired' }],
    ['archived', { archived: 1 }],
    ['under an archived objective', { objectiveId: 'gone' }],
  ] as const)('never plans a %s project', (_label, overrides) => {
    const result = plan({
      projects: [
        reviewing('a', TODAY, overrides as Partial<Project>),
        building('b', overrides as Partial<Project>),
      ],
      objectives: [objective('o1', 0), objective('gone', 1, { archived: 1 })],
    });
    expect(result.days.flatMap((d) => d.sessions)).toEqual([]);
    expect(result.unplaceable).toEqual([]);
  });

  it('plans exactly the simulated days, and leaves its input unchanged', () => {
    const input: PlanInput = {
      projects: [
        reviewing('a', '2025-01-02', { card: reviewedCard('2025-01-02', 3) }),
        building('b'),
        project('c'),
      ],
      objectives: [objective('o1', 0)],
      settings: settingsWith(),
      today: TODAY,
      days: 30,
    };
    const copy = structuredClone(input);
    const result = planDays(input);
    expect(input).toStrictEqual(copy);
    expect(result.days).toEqual(
      simulatePlan(input).days.map(({ date, budget, minutes, sessions }) => ({
        date,
        budget,
        minutes,
        sessions,
      })),
    );
  });

  it('plans the example roadmap: the first two projects not done in the note build, the done ones are reviewed', () => {
    const { objectives, projects } = importExample(TODAY);
    const result = planDays({
      projects,
      objectives,
      settings: settingsWith(),
      today: TODAY,
      days: 14,
    });
    const title = (id: string) => projects.find((p) => p.id === id)?.title;
    expect(result.days[0]?.sessions.map((s) => [title(s.projectId), s.kind, s.minutes])).toEqual([
      ['Fly Dist Sys Challenges', 'build', 30],
      ['Build Git', 'build', 30],
    ]);
    const sessions = result.days.flatMap((d) =>
      d.sessions.map((s) => [title(s.projectId), s.kind]),
    );
    const reviewed = sessions.filter(([, kind]) => kind === 'review').map(([name]) => name);
    expect(reviewed.slice(0, 2).sort()).toEqual(['PubSub system in Rust', 'gVisor - foreverVM']);
    expect(sessions).not.toContainEqual(['PubSub system in Rust', 'build']);
  });
});
