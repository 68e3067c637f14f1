import type { ResourceKind } from '../types';

/** Everything the new-tab page's first screen shows, small enough to store as one row. */
export interface TodayView {
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
  kind: 'new' | 'review';
  overdueDays: number;
  /** Predicted recall now, 0..1; null for a project never studied. */
  freshness: number | null;
  resources: TodayResource[];
  resourceCount: number;
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
