/** Entity types shared by every layer. Dates are epoch milliseconds so rows stay plain and indexable. */

export interface Link {
  url: string;
  label: string;
}

export type ProjectStatus = 'new' | 'active' | 'paused' | 'retired';

export type ResourceKind = 'repo' | 'paper' | 'docs' | 'video' | 'course' | 'article' | 'other';

export type AttachVia = 'context-menu' | 'popup' | 'import' | 'bulk' | 'command';

export type Rating = 'again' | 'hard' | 'good' | 'easy';

/** FSRS memory state of a project, in the shape ts-fsrs uses, with dates as epoch ms. */
export interface MemoryCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  lastReview?: number;
}

export interface Roadmap {
  id: string;
  title: string;
  source: string;
  sourceHash: string;
  importedAt: number;
  tags: string[];
  rawText: string;
}

export interface Objective {
  id: string;
  roadmapId: string;
  title: string;
  order: number;
  archived: 0 | 1;
}

export interface Project {
  id: string;
  objectiveId: string;
  roadmapId: string;
  /** Stable across re-imports: the note's checkbox id, else the normalised title within its objective. */
  key: string;
  title: string;
  order: number;
  links: Link[];
  /** Breakdown items written under the project in the note. */
  children: string[];
  done: boolean;
  status: ProjectStatus;
  /** Overrides the default session length from settings. */
  sessionMinutes?: number;
  card?: MemoryCard;
  /** Set by postpone: the planner keeps the session off days before this. */
  notBefore?: number;
  archived: 0 | 1;
}

export interface Resource {
  id: string;
  projectId: string;
  url: string;
  title: string;
  kind: ResourceKind;
  attachedAt: number;
  lastOpenedAt?: number;
  via: AttachVia;
}

export interface Review {
  id: string;
  projectId: string;
  at: number;
  rating: Rating;
  minutes: number;
  note: string;
  /** The card before this review, so the rating can be undone exactly. */
  cardBefore?: MemoryCard;
  statusBefore: ProjectStatus;
  /** A postponement cleared by this review, restored by undo. */
  notBeforeBefore?: number;
}

export interface Break {
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD, inclusive
}

export interface Settings {
  id: 'settings';
  /** Minutes available per weekday, Sunday first (index = Date#getDay()). */
  minutesPerWeekday: [number, number, number, number, number, number, number];
  /** Weekdays (0 = Sunday) with no study at all. */
  restDays: number[];
  desiredRetention: number;
  maximumIntervalDays: number;
  newPerWeek: number;
  defaultSessionMinutes: number;
  /**
   * Objective ids in the order the user chose for planning and the roadmap view; objectives not
   * listed follow in note order. Empty: note order.
   */
  objectiveOrder: string[];
  breaks: Break[];
  theme: 'system' | 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Settings = {
  id: 'settings',
  minutesPerWeekday: [60, 60, 60, 60, 60, 60, 60],
  restDays: [],
  desiredRetention: 0.9,
  maximumIntervalDays: 365,
  newPerWeek: 3,
  defaultSessionMinutes: 30,
  objectiveOrder: [],
  breaks: [],
  theme: 'system',
};

/** A study session in progress: its timer and the tab group (or window) holding its resources. */
export interface ActiveSession {
  projectId: string;
  startedAt: number;
  groupId?: number;
  windowId?: number;
}
