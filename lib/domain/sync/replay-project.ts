import { balanceDue, type ReviewLoad } from '../schedule/balance-due';
import { completeBuildSession, progressOf, reviewedProject } from '../schedule/complete-session';
import { epochToDayIndex } from '../schedule/day-index';
import type { ScheduleSettings } from '../schedule/fsrs-card';
import { finishedCard } from '../schedule/learned-card';
import { markBuilt } from '../schedule/project-phase';
import { reviewInstant } from '../schedule/schedule-next';
import { withOptional } from '../optional-keys';
import { DEFAULT_SETTINGS, type Project, type ProgressState } from '../types';
import { stampWall } from './hlc';
import { sessionKey } from './session-key';
import type {
  Checkpoint,
  LogEntry,
  ProjectFields,
  Stamp,
  SyncState,
  Tombstone,
} from './sync-state';

/** The project fields that replay interleaves with sessions, in the order one stamp applies them. */
const REPLAYED_FIELDS = [
  'status',
  'phase',
  'card',
  'childrenDone',
  'notBefore',
  'deferred',
] as const;
type ReplayedField = (typeof REPLAYED_FIELDS)[number];

/** Of those, the ones a checkpoint already holds up to its stamp. */
const FOLDED_FIELDS: ReadonlySet<ReplayedField> = new Set([
  'phase',
  'card',
  'childrenDone',
  'notBefore',
  'deferred',
]);

export interface ReplayedProject {
  progress: ProgressState;
  /** Sessions replayed, checkpoint included. */
  sessions: number;
}

export interface Replay {
  /** By project key. */
  projects: Map<string, ReplayedProject>;
  /** By log id: the project's progress just before that session. */
  before: Map<string, ProgressState>;
}

type ReplayEvent =
  | { stamp: Stamp; key: string; id: string; entry: LogEntry }
  | { stamp: Stamp; key: string; field: ReplayedField; value: unknown };

const isTombstone = (value: LogEntry | Tombstone): value is Tombstone => 'deleted' in value;

/** Interval settings from the state alone, so every device schedules alike. */
export function syncedScheduleSettings(state: SyncState): ScheduleSettings {
  return {
    desiredRetention: state.settings.desiredRetention?.value ?? DEFAULT_SETTINGS.desiredRetention,
    maximumIntervalDays:
      state.settings.maximumIntervalDays?.value ?? DEFAULT_SETTINGS.maximumIntervalDays,
  };
}

/** Same stamp: sessions first, then fields in REPLAYED_FIELDS order; sessions by time, then id. */
function compareEvents(a: ReplayEvent, b: ReplayEvent): number {
  if (a.stamp !== b.stamp) return a.stamp < b.stamp ? -1 : 1;
  if ('entry' in a && 'entry' in b) {
    if (a.entry.at !== b.entry.at) return a.entry.at - b.entry.at;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }
  if ('entry' in a) return -1;
  if ('entry' in b) return 1;
  return REPLAYED_FIELDS.indexOf(a.field) - REPLAYED_FIELDS.indexOf(b.field);
}

function startingProject(key: string, children: string[], checkpoint?: Checkpoint): Project {
  const project: Project = {
    id: key,
    objectiveId: '',
    roadmapId: '',
    key,
    title: '',
    order: 0,
    links: [],
    children,
    childrenDone: checkpoint ? [...checkpoint.childrenDone] : [],
    done: checkpoint?.phase === 'reviewing',
    status: 'active',
    phase: checkpoint?.phase ?? 'queued',
    builtMinutes: checkpoint?.builtMinutes ?? 0,
    archived: 0,
  };
  return checkpoint?.card ? { ...project, card: { ...checkpoint.card } } : project;
}

/** Every project key the state says anything about. */
function projectKeys(state: SyncState): Set<string> {
  const keys = new Set([...Object.keys(state.projects), ...Object.keys(state.checkpoints)]);
  for (const project of state.outline?.value.projects ?? []) keys.add(project.key);
  for (const entry of Object.values(state.log)) if (!isTombstone(entry)) keys.add(entry.projectKey);
  return keys;
}

function collectEvents(state: SyncState, until: Stamp | undefined): ReplayEvent[] {
  const events: ReplayEvent[] = [];
  const within = (stamp: Stamp, key: string) =>
    (until === undefined || stamp <= until) && stamp > (state.checkpoints[key]?.upTo ?? '');
  // Two devices restored from one backup may each log the same session: it counts once, under
  // its smallest id, when its last copy was logged (so a checkpoint folds all copies or none).
  const bySession = new Map<string, { id: string; stamp: Stamp }>();
  for (const [id, entry] of Object.entries(state.log)) {
    if (isTombstone(entry) || !within(entry.stamp, entry.projectKey)) continue;
    const session = sessionKey(id);
    const other = bySession.get(session);
    if (other === undefined) bySession.set(session, { id, stamp: entry.stamp });
    else
      bySession.set(session, {
        id: id < other.id ? id : other.id,
        stamp: entry.stamp > other.stamp ? entry.stamp : other.stamp,
      });
  }
  for (const { id, stamp } of bySession.values()) {
    const entry = state.log[id] as LogEntry;
    events.push({ stamp, key: entry.projectKey, id, entry });
  }
  for (const [key, fields] of Object.entries(state.projects)) {
    for (const field of REPLAYED_FIELDS) {
      const register = fields[field];
      if (!register) continue;
      const folded = FOLDED_FIELDS.has(field) && !within(register.stamp, key);
      if (folded || (until !== undefined && register.stamp > until)) continue;
      events.push({ stamp: register.stamp, key, field, value: register.value });
    }
  }
  return events.sort(compareEvents);
}

/**
 * Replays every project of the state: from its checkpoint, each live session and each change of
 * a replayed field in stamp order, with the app's own session functions. A card is balanced
 * against the other projects' cards as they stand at that point of the replay, so every device
 * that holds the same state gets the same cards. With `until`, only what is stamped at or
 * before it; `onSession` sees each project right after each of its sessions.
 */
export function replayProjects(
  state: SyncState,
  until?: Stamp,
  onSession?: (key: string, stamp: Stamp, project: Project, sessions: number) => void,
): Replay {
  const settings = syncedScheduleSettings(state);
  const children = new Map(state.outline?.value.projects.map((p) => [p.key, p.children]));
  const projects = new Map<string, Project>();
  const sessions = new Map<string, number>();
  const load: ReviewLoad = new Map();
  const counted = new Map<string, number>();
  const before = new Map<string, ProgressState>();

  const count = (key: string, project: Project) => {
    if (project.phase !== 'reviewing' || !project.card) return;
    const day = epochToDayIndex(project.card.due);
    load.set(day, (load.get(day) ?? 0) + 1);
    counted.set(key, day);
  };
  const uncount = (key: string) => {
    const day = counted.get(key);
    if (day === undefined) return;
    load.set(day, (load.get(day) ?? 1) - 1);
    counted.delete(key);
  };
  // balanceDue counts the card it places; the replay counts it itself once the event is applied.
  const unplace = (project: Project) => {
    if (!project.card) return;
    const day = epochToDayIndex(project.card.due);
    load.set(day, (load.get(day) ?? 1) - 1);
  };

  for (const key of projectKeys(state)) {
    const checkpoint = state.checkpoints[key];
    const project = startingProject(key, children.get(key) ?? [], checkpoint);
    projects.set(key, project);
    sessions.set(key, checkpoint?.sessions ?? 0);
    count(key, project);
  }

  for (const event of collectEvents(state, until)) {
    const current = projects.get(event.key);
    if (!current) continue;
    uncount(event.key);
    let next: Project;
    if ('entry' in event) {
      before.set(event.id, progressOf(current));
      next = replaySession(current, event.id, event.entry, settings, load);
      if (event.entry.kind === 'review' || event.entry.finished) unplace(next);
      sessions.set(event.key, (sessions.get(event.key) ?? 0) + 1);
    } else {
      next = applyField(current, event.field, event.value, event.stamp, settings, load);
      if (event.field === 'phase' && next.phase === 'reviewing' && current.phase !== 'reviewing')
        unplace(next);
    }
    projects.set(event.key, next);
    count(event.key, next);
    if ('entry' in event) onSession?.(event.key, event.stamp, next, sessions.get(event.key) ?? 0);
  }

  const replayed = new Map<string, ReplayedProject>();
  for (const [key, project] of projects)
    replayed.set(key, { progress: progressOf(project), sessions: sessions.get(key) ?? 0 });
  return { projects: replayed, before };
}

function replaySession(
  project: Project,
  id: string,
  entry: LogEntry,
  settings: ScheduleSettings,
  load: ReviewLoad,
): Project {
  if (entry.kind === 'review') {
    // A merged log may time a review before the card's last one (a device whose clock was
    // behind): it is scheduled from that last review, on every device alike.
    const now = reviewInstant(project.card, entry.at);
    return reviewedProject(project, { now, rating: entry.rating ?? 'good' }, settings, load);
  }
  const outcome = {
    minutes: entry.minutes,
    note: entry.note,
    now: entry.at,
    reviewId: id,
    childrenDone: entry.childrenDone ?? [],
    finished: entry.finished === true,
  };
  return completeBuildSession(project, outcome, settings, load).project;
}

/** A field set by the user: taken as it is, except that becoming done starts a card as setDone does. */
function applyField(
  project: Project,
  field: ReplayedField,
  value: unknown,
  stamp: Stamp,
  settings: ScheduleSettings,
  load: ReviewLoad,
): Project {
  switch (field) {
    case 'status':
      return { ...project, status: value as ProjectFields['status'] };
    case 'phase': {
      const phase = value as ProjectFields['phase'];
      if (phase === project.phase) return project;
      if (phase === 'reviewing')
        return markBuilt(project, balanceDue(finishedCard(stampWall(stamp), settings), load));
      return { ...project, phase, done: false };
    }
    case 'card': {
      const card = value as ProjectFields['card'];
      return withOptional(project, 'card', card ? { ...card } : undefined);
    }
    case 'childrenDone':
      return { ...project, childrenDone: [...(value as string[])] };
    case 'notBefore':
      return withOptional(project, 'notBefore', (value as number | null) ?? undefined);
    case 'deferred':
      return withOptional(project, 'deferred', value === true ? true : undefined);
  }
}

/**
 * New checkpoints for every project with live log entries at or before `upTo` beyond its current
 * checkpoint: its progress right after the last such entry. Compaction then drops those entries.
 */
export function foldCheckpoints(state: SyncState, upTo: Stamp): Record<string, Checkpoint> {
  const folded: Record<string, Checkpoint> = {};
  const split = splitSessions(state, upTo);
  replayProjects(state, upTo, (key, stamp, project, sessions) => {
    const limit = split.get(key);
    if (limit !== undefined && stamp >= limit) return;
    const checkpoint: Checkpoint = {
      projectKey: key,
      upTo: stamp,
      builtMinutes: project.builtMinutes,
      childrenDone: [...project.childrenDone],
      phase: project.phase,
      sessions,
    };
    if (project.card) checkpoint.card = { ...project.card };
    folded[key] = checkpoint;
  });
  return folded;
}

/**
 * By project key, the first stamp at or before `upTo` of a session also logged (by another
 * device) after `upTo`. It counts once; were one copy folded and the other left in the log, it
 * would count twice, so the project folds only up to before it.
 */
function splitSessions(state: SyncState, upTo: Stamp): Map<string, Stamp> {
  const late = new Set<string>();
  for (const [id, entry] of Object.entries(state.log))
    if (!isTombstone(entry) && entry.stamp > upTo) late.add(sessionKey(id));
  const split = new Map<string, Stamp>();
  if (late.size === 0) return split;
  for (const [id, entry] of Object.entries(state.log)) {
    if (isTombstone(entry) || entry.stamp > upTo || !late.has(sessionKey(id))) continue;
    const first = split.get(entry.projectKey);
    if (first === undefined || entry.stamp < first) split.set(entry.projectKey, entry.stamp);
  }
  return split;
}
