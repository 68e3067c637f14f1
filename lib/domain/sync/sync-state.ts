import type {
  AttachVia,
  Link,
  MemoryCard,
  ProjectPhase,
  ProjectStatus,
  Rating,
  ResourceKind,
  SessionKind,
  Settings,
} from '../types';

/**
 * A hybrid logical clock stamp: `<wall ms, 15 digits>.<counter, 6 digits>.<device id>`, so that
 * comparing two stamps as strings orders them the way the clock does, and no two devices ever
 * write the same stamp.
 */
export type Stamp = string;

/** A device's clock: the largest wall time and counter it has issued or seen. */
export interface HlcClock {
  device: string;
  wall: number;
  counter: number;
}

/** A last-writer-wins value: the write with the larger stamp wins, on every device alike. */
export interface Register<T> {
  value: T;
  stamp: Stamp;
}

/** The settings that follow the user; the row id and the objective order (by key) are apart. */
export type SyncedSettingField = Exclude<keyof Settings, 'id' | 'objectiveOrder'>;

/** Fields of a project the user sets directly: each is a register of its own. */
export interface ProjectFields {
  status: ProjectStatus;
  /** A phase the user chose (mark done, reopen, put back in the queue); sessions move it too. */
  phase: ProjectPhase;
  estimateMinutes: number | null;
  sessionMinutes: number | null;
  reviewMinutes: number | null;
  notBefore: number | null;
  deferred: boolean;
  /** Breakdown items ticked by hand, outside a session. */
  childrenDone: string[];
  /** A card set outside a session: by "mark done", or by an import that found the project done. */
  card: MemoryCard | null;
}

/** One finished session, as every device replays it. Its id is `<project key>\n<at>\n<device>`. */
export interface LogEntry {
  projectKey: string;
  at: number;
  device: string;
  stamp: Stamp;
  kind: SessionKind;
  rating?: Rating;
  minutes: number;
  note: string;
  childrenDone?: string[];
  finished?: boolean;
}

/** An undone session or a detached page: kept so the removal reaches every device. */
export interface Tombstone {
  deleted: true;
  stamp: Stamp;
}

/** An attached page. Its id is `<project key>\n<normalised address>`. */
export interface SyncedPage {
  projectKey: string;
  url: string;
  title: string;
  kind: ResourceKind;
  attachedAt: number;
  via: AttachVia;
  /** When the page was marked read; absent: still to read. */
  readAt?: number;
  note?: string;
}

/** The roadmap's outline, so a device that has not imported the note can show the plan. */
export interface OutlineObjective {
  key: string;
  title: string;
  order: number;
  targetDate?: string;
}

export interface OutlineProject {
  key: string;
  objectiveKey: string;
  title: string;
  order: number;
  links: Link[];
  children: string[];
}

export interface Outline {
  title: string;
  objectives: OutlineObjective[];
  projects: OutlineProject[];
}

/**
 * A project's progress folded from log entries that every device already has, so old entries
 * can leave sync storage. Replay starts from it and applies the later entries.
 */
export interface Checkpoint {
  projectKey: string;
  /**
   * The stamp of the last entry folded in: entries at or before it are in the checkpoint, and so
   * are the project's progress registers (phase, breakdown, card, postponement) up to it.
   * Entries stamped after it are replayed after it, however old their `at`: the older history
   * of a device that turns sync on late counts on top of the checkpoint.
   */
  upTo: Stamp;
  builtMinutes: number;
  childrenDone: string[];
  phase: ProjectPhase;
  sessions: number;
  /** The FSRS card after the folded reviews, if the project had one. */
  card?: MemoryCard;
}

/**
 * Everything Waymark replicates through the browser's sync storage. Each part merges on its own:
 * registers by stamp, the log and pages as sets where a tombstone with a larger stamp removes.
 * `epoch` changes only on an explicit "replace everywhere": a state with a newer epoch replaces
 * an older one wholesale instead of merging with it.
 */
export interface SyncState {
  epoch: Register<string>;
  settings: Partial<{ [Field in SyncedSettingField]: Register<Settings[Field]> }>;
  /** Objective keys in the user's order. */
  objectiveOrder?: Register<string[]>;
  /** Target dates by objective key. */
  targetDates: Record<string, Register<string | null>>;
  outline?: Register<Outline>;
  projects: Record<
    string,
    Partial<{ [Field in keyof ProjectFields]: Register<ProjectFields[Field]> }>
  >;
  log: Record<string, LogEntry | Tombstone>;
  pages: Record<string, Register<SyncedPage> | Tombstone>;
  checkpoints: Record<string, Checkpoint>;
  /** The newest stamp each device has merged, so compaction knows what every device has. */
  devices: Record<string, { seen: Stamp; at: number }>;
}
