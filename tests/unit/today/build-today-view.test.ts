import { project as rowOf } from '../../components/fixtures';
import { describe, expect, it } from 'vitest';
import type { DayPlan, ObjectiveForecast } from '../../../lib/domain/schedule';
import { PAGES_PER_SESSION } from '../../../lib/domain/reading/pages-to-open';
import { buildTodayView } from '../../../lib/domain/today/build-today-view';
import { TODAY_VIEW_FORMAT } from '../../../lib/domain/today/today-view';
import {
  DEFAULT_SETTINGS,
  type Objective,
  type Project,
  type Resource,
  type Review,
} from '../../../lib/domain/types';
import { buildResource } from '../../support/build-entities';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 28, 12);

function objective(id: string, title: string, order: number, targetDate?: string): Objective {
  return { id, roadmapId: 'r', title, order, archived: 0, ...(targetDate ? { targetDate } : {}) };
}

const project = (id: string, title: string, extra: Partial<Project> = {}): Project =>
  rowOf(id, 'o1', title, extra);

const objectives = [
  objective('o1', 'Distributed systems', 0),
  objective('o2', 'ML infra', 1, '2027-01-01'),
  objective('o3', 'AI apps', 2),
];
const projects = [
  project('p1', 'Build Git', {
    status: 'active',
    phase: 'reviewing',
    done: true,
    card: {
      due: NOW,
      stability: 10,
      difficulty: 5,
      elapsedDays: 10,
      scheduledDays: 10,
      learningSteps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
      lastReview: NOW - 10 * DAY,
    },
  }),
  project('p2', 'Lox Interpreter', {
    phase: 'building',
    status: 'active',
    builtMinutes: 240,
    estimateMinutes: 1200,
    children: ['scanner', 'parser', 'interpreter'],
    childrenDone: ['scanner'],
  }),
  project('p3', 'Kubernetes'),
];

function resource(
  id: string,
  projectId: string,
  attachedAt: number,
  lastOpenedAt?: number,
): Resource {
  return buildResource({
    id,
    projectId,
    attachedAt,
    ...(lastOpenedAt === undefined ? {} : { lastOpenedAt }),
  });
}

const plan: DayPlan = {
  days: [
    {
      date: '2026-11-28',
      budget: 60,
      minutes: 60,
      sessions: [
        {
          projectId: 'p1',
          minutes: 30,
          kind: 'review',
          due: '2026-11-26',
          overdueDays: 2,
          recall: 0.8,
        },
        { projectId: 'p2', minutes: 20, kind: 'build', due: null, overdueDays: 0, recall: null },
        { projectId: 'p2', minutes: 10, kind: 'build', due: null, overdueDays: 0, recall: null },
      ],
    },
  ],
  unplaceable: [{ projectId: 'p3', minutes: 90, reason: 'too long' }],
};

const review: Review = {
  id: 'v1',
  projectId: 'p3',
  at: NOW - 1000,
  kind: 'build',
  minutes: 25,
  note: '',
  before: { phase: 'queued', builtMinutes: 0, childrenDone: [], status: 'active' },
};

const forecast: ObjectiveForecast[] = [
  { objectiveId: 'o1', done: null, pending: true },
  { objectiveId: 'o2', done: '2027-03-01', pending: true },
  { objectiveId: 'o3', done: '2027-05-01', pending: true },
];

function build(overrides: Partial<Parameters<typeof buildTodayView>[0]> = {}) {
  return buildTodayView({
    day: '2026-11-28',
    now: NOW,
    plan,
    forecast,
    objectives,
    projects,
    resources: [],
    reviewsToday: [],
    active: undefined,
    settings: DEFAULT_SETTINGS,
    ...overrides,
  });
}

describe('buildTodayView', () => {
  it('names today’s sessions, their objective, kind, overdue days and freshness', () => {
    const view = build();
    expect(
      view.sessions.map((s) => [s.project, s.objective, s.kind, s.minutes, s.overdueDays]),
    ).toEqual([
      ['Build Git', 'Distributed systems', 'review', 30, 2],
      // The build pieces of one day are one session.
      ['Lox Interpreter', 'Distributed systems', 'build', 30, 0],
    ]);
    expect(view.sessions[0]!.freshness).toBeGreaterThan(0.5);
    expect(view.sessions[0]!.freshness).toBeLessThan(1);
    expect(view.sessions[1]!.freshness).toBeNull();
    expect(view).toMatchObject({
      format: TODAY_VIEW_FORMAT,
      hasRoadmap: true,
      budget: 60,
      plannedMinutes: 60,
      overdue: 1,
    });
    expect(view.unplaceable).toEqual([
      { projectId: 'p3', project: 'Kubernetes', minutes: 90, reason: 'too long' },
    ]);
  });

  it('gives a build session its progress: minutes built of the estimate, steps done of all', () => {
    const [, session] = build().sessions;
    expect(session).toMatchObject({
      builtMinutes: 240,
      estimateMinutes: 1200,
      childrenDone: 1,
      children: 3,
    });
    const [reviewed] = build().sessions;
    expect(reviewed).toMatchObject({ builtMinutes: 0, estimateMinutes: 600, children: 0 });
  });

  it.each<[string, ObjectiveForecast[], unknown]>([
    [
      'the one the forecast reaches first, with its target',
      forecast,
      { objective: 'ML infra', done: '2027-03-01', targetDate: '2027-01-01' },
    ],
    [
      'one never reached when no other is left',
      [forecast[0]!, { objectiveId: 'o2', done: null, pending: false }],
      { objective: 'Distributed systems', done: null },
    ],
    [
      'none when every objective is reached',
      [{ objectiveId: 'o1', done: null, pending: false }],
      null,
    ],
  ])('names as the next objective %s', (_label, outlook, next) => {
    expect(build({ forecast: outlook }).next).toEqual(next);
  });

  it('lists a project’s pages last used first, capped, with the full count', () => {
    const resources = Array.from({ length: PAGES_PER_SESSION + 2 }, (_, i) =>
      resource(`r${i}`, 'p1', i),
    );
    resources.push(resource('opened', 'p1', 0, 1_000));
    const session = build({ resources }).sessions[0]!;
    expect(session.resources).toHaveLength(PAGES_PER_SESSION);
    expect(session.resourceCount).toBe(PAGES_PER_SESSION + 3);
    expect(session.resources.map((r) => r.id).slice(0, 3)).toEqual(['opened', 'r7', 'r6']);
  });

  it('lists the pages still to read first and counts them', () => {
    const resources = [
      { ...resource('read-recent', 'p1', 5, 1_000), readAt: 1_000 },
      resource('old', 'p1', 1),
      resource('new', 'p1', 2),
      { ...resource('read-old', 'p1', 0), readAt: 10 },
    ];
    const session = build({ resources }).sessions[0]!;
    expect(session.resources.map((r) => r.id)).toEqual(['new', 'old', 'read-recent', 'read-old']);
    expect({ toRead: session.toRead, resourceCount: session.resourceCount }).toEqual({
      toRead: 2,
      resourceCount: 4,
    });
  });

  it('counts what was studied today', () => {
    const view = build({ reviewsToday: [review] });
    expect(view.done).toEqual([{ projectId: 'p3', project: 'Kubernetes', minutes: 25 }]);
    expect(view.studiedMinutes).toBe(25);
  });

  it('gives the running session its tab group and the page used last, for Continue', () => {
    const view = build({
      active: { projectId: 'p2', startedAt: NOW - 600_000, groupId: 7 },
      resources: [resource('old', 'p2', 1, 5), resource('recent', 'p2', 2, 50)],
    });
    expect(view.active).toEqual({
      projectId: 'p2',
      project: 'Lox Interpreter',
      startedAt: NOW - 600_000,
      groupId: 7,
      lastResource: {
        id: 'recent',
        title: 'Page recent',
        url: 'https://example.org/recent',
        kind: 'docs',
      },
    });
    expect(build({ active: { projectId: 'p3', startedAt: 1 } }).active?.lastResource).toBeNull();
  });

  it('says there is no roadmap yet', () => {
    expect(
      build({ projects: [], plan: { days: [], unplaceable: [] }, forecast: [] }),
    ).toMatchObject({
      hasRoadmap: false,
      sessions: [],
      budget: 0,
      next: null,
    });
  });
});
