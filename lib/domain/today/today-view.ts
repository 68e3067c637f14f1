import type { ResourceKind, SessionKind } from '../types';

/** Bumped when the view's shape changes: a stored copy of another shape is not painted. */
export const TODAY_VIEW_FORMAT = 3;

/** Whether a stored view is `day`'s and of this version's shape: only such a view is painted. */
export function isCurrentTodayView(
  view: TodayView | null | undefined,
  day: string,
): view is TodayView {
  return view?.day === day && view.format === TODAY_VIEW_FORMAT;
}

/** Everything the new-tab page's first screen shows, small enough to store as one row. */
export interface TodayView {
  format: typeof TODAY_VIEW_FORMAT;
  day: string;
  /** False until a roadmap is imported: the page shows the first-run screen. */
  hasRoadmap: boolean;
  budget: number;
  plannedMinutes: number;
  studiedMinutes: number;
  overdue: number;
  sessions: TodaySession[];
  done: TodayDone[];
  unplaceable: { projectId: string; project: string; minutes: number; reason: string }[];
  /** The session in progress, if any: its timer survives closing the page. */
  active: ActiveToday | null;
  /** The next objective the plan reaches, and when; null when none is left to reach. */
  next: NextObjective | null;
}

export interface NextObjective {
  objective: string;
  /** Forecast day it is reached; null when not within ten years at this pace. */
  done: string | null;
  targetDate?: string;
}

export interface ActiveToday {
  projectId: string;
  project: string;
  startedAt: number;
  /** The session's tab group, to bring back into view. */
  groupId?: number;
  /** The page of the project used last, reopened by Continue when the group is gone. */
  lastResource: TodayResource | null;
}

export interface TodaySession {
  projectId: string;
  project: string;
  objective: string;
  minutes: number;
  kind: SessionKind;
  overdueDays: number;
  /** Reviews: predicted recall now, 0..1. Build sessions: null. */
  freshness: number | null;
  /** Build sessions: minutes built so far and the estimate. */
  builtMinutes: number;
  estimateMinutes: number;
  /** Breakdown items ticked, of all. */
  childrenDone: number;
  children: number;
  /** The first pages Start opens (still to read first), of `resourceCount`. */
  resources: TodayResource[];
  resourceCount: number;
  /** The project's pages the user has not marked read. */
  toRead: number;
}

export interface TodayResource {
  id: string;
  title: string;
  url: string;
  kind: ResourceKind;
}

export interface TodayDone {
  projectId: string;
  project: string;
  minutes: number;
}

export interface TodaySnapshot {
  id: 'today';
  day: string;
  builtAt: number;
  view: TodayView;
}
