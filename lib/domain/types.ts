/** Entity types shared by every layer. Dates are epoch milliseconds so rows stay plain and indexable. */

export interface Link {
  url: string;
  label: string;
}

export type ProjectStatus = 'active' | 'paused' | 'retired';

/**
 * Where a project stands in the plan: waiting its turn, being built (build sessions until its
 * estimate is reached or the user says it is done), or done and kept fresh by FSRS reviews.
 */
export type ProjectPhase = 'queued' | 'building' | 'reviewing';

export type SessionKind = 'build' | 'review';

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
  /** The day the user wants this objective reached, `YYYY-MM-DD`. */
  targetDate?: string;
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
  /** Breakdown items the user ticked off, by their text. */
  childrenDone: string[];
  done: boolean;
  status: ProjectStatus;
  phase: ProjectPhase;
  /** Minutes of build sessions logged so far: progress is this over the estimate. */
  builtMinutes: number;
  /** Effort in minutes, set in Waymark or read from the note; absent: the default from settings. */
  estimateMinutes?: number;
  /** The estimate the note gave at the last import, so a re-import can tell whose change is newer. */
  noteEstimateMinutes?: number;
  /** Put back in the queue by the user: waits behind every other queued project. */
  deferred?: boolean;
  /** Overrides the default session length from settings. */
  sessionMinutes?: number;
  /** Overrides the review length from settings. */
  reviewMinutes?: number;
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
  /** When the user said the page is read; absent: still to read. */
  readAt?: number;
  /** The user's one-line note on the page (lib/domain/reading/page-note.ts). */
  note?: string;
}

/** The fields a finished session changes, kept with it so undo puts them back exactly. */
export type ProgressState = Pick<
  Project,
  'phase' | 'builtMinutes' | 'childrenDone' | 'card' | 'status' | 'notBefore' | 'deferred'
>;

/** One finished session: a build session (no rating) or a review (rated). */
export interface Review {
  id: string;
  projectId: string;
  at: number;
  kind: SessionKind;
  /** Reviews only: how well the finished project was recalled. */
  rating?: Rating;
  minutes: number;
  note: string;
  /** Build sessions only: breakdown items ticked in this session. */
  childrenDone?: string[];
  /** Build sessions only: the user said the project is done. */
  finished?: boolean;
  /** The project's progress before this session, so undo is exact. */
  before: ProgressState;
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
  /** At most this many projects are building at once. */
  inProgress: number;
  /** The estimate of a project that has none of its own, in hours. */
  defaultEffortHours: number;
  defaultSessionMinutes: number;
  /** Length of a review session, unless a project sets its own. */
  reviewMinutes: number;
  /**
   * Objective ids in the order the user chose for planning and the roadmap view; objectives not
   * listed follow in note order. Empty: note order.
   */
  objectiveOrder: string[];
  breaks: Break[];
  /**
   * Objectives an import leaves out, by flattened title (`Parent › Child`), compared through
   * `normaliseTitle`; leaving out a parent leaves out what is nested in it.
   */
  leftOutObjectives: string[];
  /** The Obsidian vault holding the roadmap note; empty: not set. */
  obsidianVault: string;
  /** The note's path inside that vault; empty: not set. */
  obsidianFile: string;
}

export const DEFAULT_SETTINGS: Settings = {
  id: 'settings',
  minutesPerWeekday: [60, 60, 60, 60, 60, 60, 60],
  restDays: [],
  desiredRetention: 0.9,
  maximumIntervalDays: 365,
  inProgress: 2,
  defaultEffortHours: 10,
  defaultSessionMinutes: 30,
  reviewMinutes: 20,
  objectiveOrder: [],
  breaks: [],
  leftOutObjectives: [],
  obsidianVault: '',
  obsidianFile: '',
};

/** A study session in progress: its timer and the tab group (or window) holding its resources. */
export interface ActiveSession {
  projectId: string;
  startedAt: number;
  groupId?: number;
  windowId?: number;
}
