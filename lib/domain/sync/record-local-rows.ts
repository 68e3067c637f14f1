import { normaliseTitle } from '../roadmap/normalise-title';
import { withoutKeys } from '../optional-keys';
import { completeBuildSession, completeReview, progressOf } from '../schedule/complete-session';
import { DEFAULT_SETTINGS, type Project, type Review, type Settings } from '../types';
import { formatStamp, LOWEST_WALL, lowestStamp, receive, stampWall, tick } from './hlc';
import type { LocalRows } from './local-rows';
import { syncedReviewId } from './materialise-rows';
import { newestStamp } from './merge-sync-state';
import { outlineDigest, outlineOfRows } from './outline-of-rows';
import { reviewInstant } from '../schedule/schedule-next';
import { syncedScheduleSettings } from './replay-project';
import { sessionKey, sessionKeyOf } from './session-key';
import { stableJson } from './stable-json';
import {
  baselineProjectOf,
  baselineSessions,
  objectiveOrderKeys,
  SYNCED_SETTING_FIELDS,
  UNTOUCHED_PROJECT,
  type BaselineProject,
  type SyncBaseline,
} from './sync-baseline';
import { pagesOfRows } from './pages-of-rows';
import { logId, projectKeyOfLogId } from './sync-ids';
import type { HlcClock, LogEntry, ProjectFields, Register, Stamp, SyncState } from './sync-state';

/** Fields a session moves, so a change to them may be the session's rather than the user's. */
const PROGRESS_FIELDS = ['phase', 'card', 'childrenDone', 'notBefore', 'deferred'] as const;
const PLAIN_FIELDS = ['status', 'estimateMinutes', 'sessionMinutes', 'reviewMinutes'] as const;

/**
 * When a change is stamped, relative to the sessions recorded with it: the user's changes before
 * the first new session, the sessions, then the changes after the last. Replay goes by stamp, so
 * a card is never moved twice by the same reviews. Without a baseline the changes keep wall time
 * zero (counters 0 and 2) while sessions always get a real stamp; see `recordLocalRows`.
 */
type Slot = 'before' | 'session' | 'after';
const SLOT_COUNTER: Record<Slot, number> = { before: 0, session: 1, after: 2 };

const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);

/** A card compared without its due day, which load balancing moves from device to device. */
const cardShape = (card: BaselineProject['card']) =>
  card && stableJson({ ...card, due: 0, scheduledDays: 0 });

/**
 * Writes into the state what changed on this device since `baseline`: each changed value with a
 * fresh stamp, each review or page gone since then as a tombstone. Without a baseline every local
 * value enters with the lowest stamps (wall time zero), so whatever sync already holds wins, and
 * nothing is removed; sessions sync lacks still get fresh stamps, so that a checkpoint made
 * before they arrive cannot drop them (replay takes them after it), unless this device had
 * logged them before (timed before the newest stamp it merged). What those sessions do not
 * explain of a project's progress is then kept only for a project sync knows nothing of, stamped
 * after them; otherwise sync's progress and the sessions stand.
 */
export function recordLocalRows(input: {
  state: SyncState;
  baseline: SyncBaseline | undefined;
  rows: LocalRows;
  clock: HlcClock;
  now: number;
}): { state: SyncState; clock: HlcClock } {
  const { baseline, rows, now } = input;
  const device = input.clock.device;
  const newest = newestStamp(input.state);
  let clock = newest ? receive(input.clock, newest, now) : input.clock;
  const stampFor = (slot: Slot): Stamp => {
    if (!baseline && slot !== 'session') {
      const counter = SLOT_COUNTER[slot];
      return counter === 0 ? lowestStamp(device) : formatStamp(LOWEST_WALL, counter, device);
    }
    const next = tick(clock, now);
    clock = next.clock;
    return next.stamp;
  };
  const state: SyncState = {
    ...input.state,
    settings: { ...input.state.settings },
    targetDates: { ...input.state.targetDates },
    projects: { ...input.state.projects },
    log: { ...input.state.log },
    pages: { ...input.state.pages },
  };
  /**
   * Sets a register unless the state holds a newer write of it; without a baseline, unless it
   * holds any (another device's lowest stamp would otherwise win or lose by its device id).
   */
  const write = <T>(current: Register<T> | undefined, value: T, slot: Slot) => {
    if (current && !baseline) return current;
    const stamp = stampFor(slot);
    return current && current.stamp >= stamp ? current : { value, stamp };
  };

  recordSettings(state, baseline, rows.settings, write);
  const order = objectiveOrderKeys(rows);
  if (baseline ? !same(order, baseline.objectiveOrder) : order.length > 0)
    state.objectiveOrder = write(state.objectiveOrder, order, 'after');
  for (const objective of rows.objectives) {
    const key = normaliseTitle(objective.title);
    const date = objective.targetDate ?? null;
    if (date === (baseline?.targetDates[key] ?? null)) continue;
    state.targetDates[key] = write(state.targetDates[key], date, 'after');
  }
  const outline = outlineOfRows(rows);
  if (outline && outlineDigest(outline) !== baseline?.outline)
    state.outline = write(state.outline, outline, 'after');

  const projectById = new Map(rows.projects.map((project) => [project.id, project]));
  const held = baseline ? baselineSessions(baseline) : new Map<string, string>();
  const present = new Set<string>();
  for (const review of rows.reviews) {
    const project = projectById.get(review.projectId);
    if (project) present.add(sessionKeyOf(project.key, review.at));
  }
  const sessions = groupSessions(rows.reviews, projectById, held, present);
  const known = new Set(Object.keys(state.log).map(sessionKey));
  // Without a baseline (a restore, an upgrade), this device's sessions from before its last sync
  // were logged then: one the log no longer holds was folded into a checkpoint, not lost.
  const seen = baseline ? undefined : state.devices[device]?.seen;
  const loggedUpTo = seen === undefined ? undefined : stampWall(seen);
  const logged = (review: Review, key: string) =>
    known.has(sessionKeyOf(key, review.at)) ||
    isSyncedReviewRow(review, key) ||
    (loggedUpTo !== undefined && review.at <= loggedUpTo);
  const keysInSync = new Set([
    ...Object.keys(state.checkpoints),
    ...Object.keys(state.log).map(projectKeyOfLogId),
  ]);
  const settings = syncedScheduleSettings(state);
  // Stamps follow the order things happened: changes made before the new sessions, the sessions
  // of every project by time, then later changes; replay goes by stamp.
  const writes: Record<Exclude<Slot, 'session'>, (() => void)[]> = { before: [], after: [] };
  const newSessions: { key: string; review: Review }[] = [];
  for (const project of rows.projects) {
    if (project.archived !== 0) continue;
    const key = project.key;
    const put = (field: keyof ProjectFields, value: unknown, slot: Exclude<Slot, 'session'>) =>
      writes[slot].push(() => {
        const fields: Record<string, Register<unknown>> = { ...state.projects[key] };
        fields[field] = write(fields[field], value, slot);
        state.projects[key] = fields as SyncState['projects'][string];
      });
    /** Without a baseline: a fresh stamp after the sessions, for what sync does not hold at all. */
    const putAfterSessions = (field: keyof ProjectFields, value: unknown) =>
      writes.after.push(() => {
        if (input.state.projects[key]?.[field]) return;
        const fields: Record<string, Register<unknown>> = { ...state.projects[key] };
        fields[field] = { value, stamp: stampFor('session') };
        state.projects[key] = fields as SyncState['projects'][string];
      });
    const reference = baseline?.projects[key] ?? UNTOUCHED_PROJECT;
    const local = baselineProjectOf(project);
    const { added = [], removed = false } = sessions.get(project.id) ?? {};
    for (const field of PLAIN_FIELDS)
      if (!same(local[field], reference[field])) put(field, local[field], 'after');
    const [firstAdded] = added;
    if (firstAdded) {
      // The user's changes before the first new session, the sessions, then what they explain not.
      const first = baselineProjectOf(firstAdded.before);
      for (const field of PROGRESS_FIELDS)
        if (!same(first[field], reference[field])) put(field, first[field], 'before');
      for (const review of added) if (!logged(review, key)) newSessions.push({ key, review });
      const expected = baselineProjectOf(replayLocally(project, firstAdded, added, settings));
      const heldBySync = !baseline && keysInSync.has(key);
      for (const field of PROGRESS_FIELDS) {
        const explained =
          field === 'card'
            ? cardShape(local.card) === cardShape(expected.card)
            : same(local[field], expected[field]);
        if (explained || heldBySync) continue;
        if (baseline) put(field, local[field], 'after');
        else putAfterSessions(field, local[field]);
      }
    } else if (!removed) {
      // An undone session's effect comes from its tombstone, so only sessionless changes count.
      for (const field of PROGRESS_FIELDS)
        if (!same(local[field], reference[field])) put(field, local[field], 'after');
    }
  }
  for (const run of writes.before) run();
  newSessions.sort((a, b) => a.review.at - b.review.at);
  for (const { key, review } of newSessions)
    state.log[logId(key, review.at, device)] = logEntryOf(key, review, device, stampFor('session'));
  for (const run of writes.after) run();

  const projectKeys = new Set(rows.projects.map((project) => project.key));
  const copies = new Map<string, string[]>();
  for (const id of Object.keys(state.log)) {
    const session = sessionKey(id);
    const found = copies.get(session) ?? [];
    copies.set(session, found);
    found.push(id);
  }
  for (const [session, id] of held) {
    // A session of a project the rows no longer have at all is not the user's undo.
    if (present.has(session) || !projectKeys.has(projectKeyOfLogId(id))) continue;
    // Undone here: every device's copy of it goes, or another copy would bring it back.
    for (const copy of new Set([id, ...(copies.get(session) ?? [])])) {
      const current = state.log[copy];
      if (current && 'deleted' in current) continue;
      state.log[copy] = { deleted: true, stamp: stampFor('after') };
    }
  }
  recordPages(state, baseline, rows, () => stampFor('after'));
  return { state, clock };
}

type Write = <T>(current: Register<T> | undefined, value: T, slot: Slot) => Register<T>;

function recordSettings(
  state: SyncState,
  baseline: SyncBaseline | undefined,
  settings: Settings,
  write: Write,
) {
  const target = state.settings as Record<string, Register<unknown> | undefined>;
  for (const field of SYNCED_SETTING_FIELDS) {
    const value = settings[field];
    if (baseline ? same(value, baseline.settings[field]) : same(value, DEFAULT_SETTINGS[field]))
      continue;
    target[field] = write(target[field], value, 'after');
  }
}

/**
 * Per project id: sessions the baseline lacks (by time), and whether one it held is gone.
 * `held` and `present` are the baseline's and the rows' sessions, by `<project key>\n<at>`.
 */
function groupSessions(
  reviews: readonly Review[],
  projectById: ReadonlyMap<string, Project>,
  held: ReadonlyMap<string, string>,
  present: ReadonlySet<string>,
) {
  const groups = new Map<string, { added: Review[]; removed: boolean }>();
  const group = (projectId: string) => {
    let found = groups.get(projectId);
    if (!found) groups.set(projectId, (found = { added: [], removed: false }));
    return found;
  };
  for (const review of reviews) {
    const project = projectById.get(review.projectId);
    if (!project || held.has(sessionKeyOf(project.key, review.at))) continue;
    group(review.projectId).added.push(review);
  }
  for (const group of groups.values()) group.added.sort((a, b) => a.at - b.at);
  const idByKey = new Map([...projectById.values()].map((p) => [p.key, p.id]));
  for (const [session, id] of held) {
    if (present.has(session)) continue;
    const projectId = idByKey.get(projectKeyOfLogId(id));
    if (projectId !== undefined) group(projectId).removed = true;
  }
  return groups;
}

/** A row made from another device's session (see `syncedReviewId`): sync had it, so never again. */
function isSyncedReviewRow(review: Review, projectKey: string): boolean {
  const prefix = `s.${review.at}.`;
  if (!review.id.startsWith(prefix)) return false;
  const device = review.id.slice(prefix.length, review.id.lastIndexOf('.'));
  return review.id === syncedReviewId({ projectKey, at: review.at, device });
}

function logEntryOf(projectKey: string, review: Review, device: string, stamp: Stamp): LogEntry {
  const entry: LogEntry = {
    projectKey,
    at: review.at,
    device,
    stamp,
    kind: review.kind,
    minutes: review.minutes,
    note: review.note,
  };
  if (review.rating !== undefined) entry.rating = review.rating;
  if (review.childrenDone !== undefined) entry.childrenDone = [...review.childrenDone];
  if (review.finished !== undefined) entry.finished = review.finished;
  return entry;
}

/** The project as the new sessions alone would leave it, from its state before the first. */
function replayLocally(
  project: Project,
  first: Review,
  sessions: readonly Review[],
  settings: ReturnType<typeof syncedScheduleSettings>,
): Project {
  let current: Project = {
    ...withoutKeys(project, 'card', 'notBefore', 'deferred'),
    ...progressOf(first.before),
  };
  for (const review of sessions) {
    const base = {
      minutes: review.minutes,
      note: review.note,
      now: review.kind === 'review' ? reviewInstant(current.card, review.at) : review.at,
      reviewId: review.id,
    };
    current =
      review.kind === 'build'
        ? completeBuildSession(
            current,
            {
              ...base,
              childrenDone: review.childrenDone ?? [],
              finished: review.finished === true,
            },
            settings,
            new Map(),
          ).project
        : completeReview(current, { ...base, rating: review.rating ?? 'good' }, settings, new Map())
            .project;
  }
  return current;
}

function recordPages(
  state: SyncState,
  baseline: SyncBaseline | undefined,
  rows: LocalRows,
  stamp: () => Stamp,
) {
  const pages = pagesOfRows(rows);
  for (const [id, page] of pages) {
    if (baseline && same(page, baseline.pages[id])) continue;
    const current = state.pages[id];
    if (current && !baseline) continue;
    const next = stamp();
    if (!current || current.stamp < next) state.pages[id] = { value: page, stamp: next };
  }
  if (!baseline) return;
  for (const id of Object.keys(baseline.pages)) {
    const current = state.pages[id];
    if (pages.has(id) || !current || 'deleted' in current) continue;
    state.pages[id] = { deleted: true, stamp: stamp() };
  }
}
