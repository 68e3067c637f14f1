import type { Objective, Project, SessionKind, Settings } from '../types';

export interface PlanInput {
  projects: Project[];
  objectives: Objective[];
  settings: Settings;
  /** Local calendar day the plan starts on, `YYYY-MM-DD`. */
  today: string;
  /** How many days to plan, today included. */
  days: number;
  /** Minutes already studied today: they leave today's budget. */
  studiedMinutesToday?: number;
  /** The project of today's latest build session: the others take their turn before it again. */
  lastBuilt?: string;
}

export interface PlannedSession {
  projectId: string;
  minutes: number;
  kind: SessionKind;
  /** Reviews: the day the card fell due. Build sessions: null. */
  due: string | null;
  /** Whole days between the due day and the planned day (0 when on time, and for builds). */
  overdueDays: number;
  /** Reviews: predicted recall on the planned day. Build sessions: null. */
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
  /** Sessions that fit no day at all, with the reason in words a user understands. */
  unplaceable: UnplaceableSession[];
}
