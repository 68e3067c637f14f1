import type { Objective, Project, Settings } from '../types';

export interface PlanInput {
  projects: Project[];
  objectives: Objective[];
  settings: Settings;
  /** Local calendar day the plan starts on, `YYYY-MM-DD`. */
  today: string;
  /** How many days to plan, today included. */
  days: number;
  /** New projects already started in the current Monday-based week (today's week). */
  startedThisWeek?: number;
  /** Projects already studied today: not planned again today, their minutes leave today's budget. */
  doneToday?: string[];
}

export interface PlannedSession {
  projectId: string;
  minutes: number;
  kind: 'new' | 'review';
  /** Day the card fell due; null for a project never studied. */
  due: string | null;
  /** Whole days between the due day and the planned day (0 when on time). */
  overdueDays: number;
  /** Predicted recall on the planned day; null for a new project. */
  recall: number | null;
}

export interface PlannedDay {
  date: string;
  /** Minutes available that day (0 on rest days, in breaks, and on 0-minute weekdays). */
  budget: number;
  /** Minutes planned; never more than `budget`. */
  minutes: number;
  sessions: PlannedSession[];
}

export interface UnplaceableSession {
  projectId: string;
  minutes: number;
  reason: string;
}

export interface DayPlan {
  days: PlannedDay[];
  /** Sessions due in the horizon that fit nowhere, with the reason in words a user understands. */
  unplaceable: UnplaceableSession[];
}
