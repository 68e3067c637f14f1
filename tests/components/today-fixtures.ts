import { vi } from 'vitest';
import type { TodayActions } from '../../components/TodayPlan';
import {
  TODAY_VIEW_FORMAT,
  type TodaySession,
  type TodayView,
} from '../../lib/domain/today/today-view';

/** A moment on the day of VIEW. */
export const NOW = new Date(2026, 10, 30, 10).getTime();

const session = (project: string, extra: Partial<TodaySession> = {}): TodaySession => ({
  projectId: `id of ${project}`,
  project,
  objective: 'Distributed systems',
  minutes: 30,
  kind: 'review',
  overdueDays: 0,
  freshness: 0.82,
  builtMinutes: 0,
  estimateMinutes: 600,
  childrenDone: 0,
  children: 0,
  resources: [],
  resourceCount: 0,
  toRead: 0,
  ...extra,
});

export const VIEW: TodayView = {
  format: TODAY_VIEW_FORMAT,
  day: '2026-11-30',
  hasRoadmap: true,
  budget: 90,
  plannedMinutes: 60,
  studiedMinutes: 25,
  overdue: 1,
  sessions: [
    session('Build Git', {
      overdueDays: 3,
      freshness: 0.71,
      resources: [
        { id: 'r1', title: 'git internals', url: 'https://git-scm.com/book', kind: 'docs' },
        { id: 'r2', title: 'ugit', url: 'https://github.com/x/ugit', kind: 'repo' },
        { id: 'r3', title: 'a page', url: 'https://example.com/', kind: 'other' },
      ],
      resourceCount: 5,
    }),
    session('<img src=x onerror=alert(1)>', { kind: 'build', freshness: null }),
    session('Lox Interpreter', {
      kind: 'build',
      freshness: null,
      builtMinutes: 210,
      estimateMinutes: 600,
      childrenDone: 2,
      children: 5,
    }),
    session('Fly Dist Sys Challenges', {
      kind: 'build',
      freshness: null,
      builtMinutes: 640,
      estimateMinutes: 600,
    }),
  ],
  done: [{ projectId: 'lox', project: 'Lox', minutes: 25 }],
  unplaceable: [{ projectId: 'k8s', project: 'Kubernetes', minutes: 120, reason: 'too long' }],
  active: null,
  next: { objective: 'Distributed systems', done: '2027-02-04', targetDate: '2027-03-01' },
};

/** Every Today action, each a mock to assert on. */
export const todayActions = (): TodayActions => ({
  start: vi.fn(),
  finish: vi.fn(),
  resume: vi.fn(),
  opened: vi.fn(),
  shorten: vi.fn(),
  pastEstimate: vi.fn(),
});
