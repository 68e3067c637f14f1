import { hashKey } from '../hash-key';
import { withOptional, withoutKeys } from '../optional-keys';
import { normaliseTitle } from '../roadmap/normalise-title';
import { rowProblem } from '../rows/row-problem';
import type {
  Objective,
  ProgressState,
  Project,
  Resource,
  Review,
  Roadmap,
  Settings,
} from '../types';
import type { LocalRows } from './local-rows';
import { pageIdOf, readingOf } from './pages-of-rows';
import { replayProjects, type ReplayedProject } from './replay-project';
import { sessionKey, sessionKeyOf } from './session-key';
import { baselineOfRows, SYNCED_SETTING_FIELDS, type SyncBaseline } from './sync-baseline';
import { logId as logIdOf } from './sync-ids';
import type { LogEntry, Outline, SyncState } from './sync-state';

/** The id of a review row made from another device's session: the same on every device. */
export function syncedReviewId(entry: Pick<LogEntry, 'projectKey' | 'at' | 'device'>): string {
  return `s.${entry.at}.${entry.device}.${hashKey(entry.projectKey)}`;
}

/**
 * The local rows the merged state stands for, and the baseline the next recording compares with.
 * Projects are matched by key (made from the outline when the rows lack them), their progress
 * replayed from the log; reviews come from the log, pages from the synced pages, settings from
 * their registers. Local ids are kept; nothing the state does not remove is removed.
 */
export function materialiseRows(input: {
  state: SyncState;
  rows: LocalRows;
  device: string;
  newId: () => string;
  now: number;
}): { rows: LocalRows; baseline: SyncBaseline } {
  const { state, rows, newId, now } = input;
  const outline = state.outline?.value;
  let roadmap = rows.roadmap;
  if (!roadmap && outline && outline.projects.length > 0)
    roadmap = newRoadmap(outline, newId(), now);
  const objectives = materialiseObjectives(state, rows.objectives, outline, roadmap, newId);
  const replay = replayProjects(state);
  const projects = materialiseProjects(
    state,
    rows.projects,
    objectives,
    outline,
    roadmap,
    newId,
  ).map((project) => withReplay(state, project, replay.projects.get(project.key)));
  const liveProjects = liveByKey(projects, (project) => project.key);
  const reviewLog: Record<string, string> = {};
  const reviews = materialiseReviews(
    state,
    rows.reviews,
    projects,
    liveProjects,
    replay.before,
    reviewLog,
    input.device,
  );
  const resources = materialiseResources(state, rows.resources, projects, liveProjects, newId);
  const settings = materialiseSettings(state, rows.settings, liveObjectives(objectives));
  const result: LocalRows = { objectives, projects, resources, reviews, settings };
  if (roadmap) result.roadmap = roadmap;
  return { rows: result, baseline: baselineOfRows(result, reviewLog) };
}

/** The first live row of each key: what a synced key stands for on this device. */
function liveByKey<T extends { archived: number }>(
  rows: readonly T[],
  keyOf: (row: T) => string,
): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    if (row.archived === 0 && !byKey.has(key)) byKey.set(key, row);
  }
  return byKey;
}

const liveObjectives = (objectives: readonly Objective[]) =>
  liveByKey(objectives, (objective) => normaliseTitle(objective.title));

function newRoadmap(outline: Outline, id: string, now: number): Roadmap {
  return {
    id,
    title: outline.title,
    source: '',
    sourceHash: '',
    importedAt: now,
    tags: [],
    rawText: '',
  };
}

/** Local objectives with the outline's titles and order and the synced target dates; missing ones made. */
function materialiseObjectives(
  state: SyncState,
  local: readonly Objective[],
  outline: Outline | undefined,
  roadmap: Roadmap | undefined,
  newId: () => string,
): Objective[] {
  const objectives = local.map((objective) => ({ ...objective }));
  const byKey = liveObjectives(objectives);
  for (const item of outline?.objectives ?? []) {
    const found = byKey.get(item.key);
    if (found) {
      found.title = item.title;
      found.order = item.order;
    } else if (roadmap && normaliseTitle(item.title) === item.key) {
      const made: Objective = {
        id: newId(),
        roadmapId: roadmap.id,
        title: item.title,
        order: item.order,
        archived: 0,
      };
      objectives.push(made);
      byKey.set(item.key, made);
    }
  }
  return objectives.map((objective) => {
    const register = state.targetDates[normaliseTitle(objective.title)];
    if (!register) return objective;
    const dated = withOptional(objective, 'targetDate', register.value ?? undefined);
    return rowProblem('objectives', dated) === null ? dated : objective;
  });
}

/** Local projects placed as the outline says, and the outline's projects the rows lack. */
function materialiseProjects(
  state: SyncState,
  local: readonly Project[],
  objectives: readonly Objective[],
  outline: Outline | undefined,
  roadmap: Roadmap | undefined,
  newId: () => string,
): Project[] {
  const objectiveByKey = liveObjectives(objectives);
  const projects = local.map((project) => ({ ...project }));
  const byKey = new Map<string, Project>();
  for (const project of projects) if (!byKey.has(project.key)) byKey.set(project.key, project);
  for (const item of outline?.projects ?? []) {
    const objective = objectiveByKey.get(item.objectiveKey);
    const found = byKey.get(item.key);
    if (!objective || found?.archived) continue;
    const placed = {
      objectiveId: objective.id,
      title: item.title,
      order: item.order,
      links: item.links.map((link) => ({ ...link })),
      children: [...item.children],
    };
    if (found) {
      const moved = { ...found, ...placed };
      if (rowProblem('projects', moved) === null) Object.assign(found, placed);
    } else if (roadmap) {
      const made: Project = {
        id: newId(),
        roadmapId: roadmap.id,
        key: item.key,
        ...placed,
        childrenDone: [],
        done: false,
        status: 'active',
        phase: 'queued',
        builtMinutes: 0,
        archived: 0,
      };
      if (rowProblem('projects', made) !== null) continue;
      projects.push(made);
      byKey.set(item.key, made);
    }
  }
  return projects;
}

/** The project with its replayed progress and its synced settings; a row the rules refuse stays. */
function withReplay(
  state: SyncState,
  project: Project,
  replayed: ReplayedProject | undefined,
): Project {
  if (project.archived !== 0 || !replayed) return project;
  const fields = state.projects[project.key] ?? {};
  const progress: ProgressState = replayed.progress;
  let next: Project = {
    ...withoutKeys(project, 'card', 'notBefore', 'deferred'),
    ...progress,
    done: progress.phase === 'reviewing',
  };
  if (fields.estimateMinutes)
    next = withOptional(next, 'estimateMinutes', fields.estimateMinutes.value ?? undefined);
  if (fields.sessionMinutes)
    next = withOptional(next, 'sessionMinutes', fields.sessionMinutes.value ?? undefined);
  if (fields.reviewMinutes)
    next = withOptional(next, 'reviewMinutes', fields.reviewMinutes.value ?? undefined);
  return rowProblem('projects', next) === null ? next : project;
}

/**
 * A review row for each live session of a local project: a local row of the same session keeps
 * its id, others get one made from the session. Rows of undone sessions go; rows the log no
 * longer holds (folded into a checkpoint) stay as they were.
 */
function materialiseReviews(
  state: SyncState,
  local: readonly Review[],
  projects: readonly Project[],
  projectByKey: ReadonlyMap<string, Project>,
  before: ReadonlyMap<string, ProgressState>,
  reviewLog: Record<string, string>,
  device: string,
): Review[] {
  const keyOfProject = new Map(projects.map((project) => [project.id, project.key]));
  const localBySession = new Map<string, Review>();
  for (const review of local) {
    const key = keyOfProject.get(review.projectId);
    if (key !== undefined) localBySession.set(sessionKeyOf(key, review.at), review);
  }
  const undone = new Set<string>();
  const made = new Map<string, Review>();
  for (const [id, version] of Object.entries(state.log)) {
    if ('deleted' in version) {
      undone.add(sessionKey(id));
      continue;
    }
    const project = projectByKey.get(version.projectKey);
    const previous = before.get(id);
    if (!project || !previous) continue;
    const mine = localBySession.get(sessionKey(id));
    const review = reviewOf(version, mine?.id ?? syncedReviewId(version), project.id, previous);
    // The row as it is when nothing changed, so the caller can tell unchanged rows by identity.
    if (mine && sameReview(mine, review)) {
      made.set(mine.id, mine);
      reviewLog[mine.id] = id;
      continue;
    }
    if (rowProblem('reviews', review) !== null) continue;
    made.set(review.id, review);
    reviewLog[review.id] = id;
  }
  const kept: Review[] = [];
  for (const review of local) {
    const key = keyOfProject.get(review.projectId);
    const session = key === undefined ? undefined : sessionKeyOf(key, review.at);
    if (made.has(review.id) || (session !== undefined && undone.has(session))) continue;
    kept.push(review);
    // Folded away or of a project the state does not know: recorded already, never again.
    if (key !== undefined) reviewLog[review.id] = logIdOf(key, review.at, device);
  }
  return [...kept, ...made.values()];
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((item, i) => item === b[i]));

function sameRecord(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key])
  );
}

/** Field by field: a replay touches every review row, and most are as they were. */
function sameReview(a: Review, b: Review): boolean {
  return (
    a.projectId === b.projectId &&
    a.at === b.at &&
    a.kind === b.kind &&
    a.rating === b.rating &&
    a.minutes === b.minutes &&
    a.note === b.note &&
    a.finished === b.finished &&
    sameList(a.childrenDone, b.childrenDone) &&
    sameRecord(
      { ...a.before, childrenDone: undefined, card: undefined },
      { ...b.before, childrenDone: undefined, card: undefined },
    ) &&
    sameList(a.before.childrenDone, b.before.childrenDone) &&
    sameRecord(a.before.card, b.before.card)
  );
}

function reviewOf(entry: LogEntry, id: string, projectId: string, before: ProgressState): Review {
  const review: Review = {
    id,
    projectId,
    at: entry.at,
    kind: entry.kind,
    minutes: entry.minutes,
    note: entry.note,
    before,
  };
  if (entry.kind === 'review') review.rating = entry.rating ?? 'good';
  if (entry.childrenDone !== undefined) review.childrenDone = [...entry.childrenDone];
  if (entry.finished !== undefined) review.finished = entry.finished;
  return review;
}

/** Resources for the synced pages of local projects; a local row of the same page keeps its id. */
function materialiseResources(
  state: SyncState,
  local: readonly Resource[],
  projects: readonly Project[],
  projectByKey: ReadonlyMap<string, Project>,
  newId: () => string,
): Resource[] {
  const projectById = new Map(projects.map((project) => [project.id, project]));
  const byPage = new Map<string, Resource>();
  const others: Resource[] = [];
  for (const resource of local) {
    const project = projectById.get(resource.projectId);
    const id = project ? pageIdOf(project, resource) : undefined;
    if (id === undefined || byPage.has(id)) others.push(resource);
    else byPage.set(id, resource);
  }
  for (const [id, version] of Object.entries(state.pages)) {
    if ('deleted' in version) {
      if (byPage.has(id)) byPage.delete(id);
      continue;
    }
    const page = version.value;
    const project = projectByKey.get(page.projectKey);
    if (!project) continue;
    const mine = byPage.get(id);
    let resource: Resource = {
      id: mine?.id ?? newId(),
      projectId: project.id,
      url: page.url,
      title: page.title,
      kind: page.kind,
      attachedAt: page.attachedAt,
      via: page.via,
      ...readingOf(page),
    };
    if (mine?.lastOpenedAt !== undefined)
      resource = { ...resource, lastOpenedAt: mine.lastOpenedAt };
    if (rowProblem('resources', resource) === null) byPage.set(id, resource);
  }
  return [...others, ...byPage.values()];
}

/** The local settings with each synced field that passes validation, and the synced order. */
function materialiseSettings(
  state: SyncState,
  local: Settings,
  objectiveByKey: ReadonlyMap<string, Objective>,
): Settings {
  let settings: Settings = { ...local };
  // A field the rules refuse keeps its local value. Fields that only fit together (a shorter day
  // and a shorter review) may each need the other in first, hence a second pass.
  for (let pass = 0; pass < 2; pass++) {
    for (const field of SYNCED_SETTING_FIELDS) {
      const register = state.settings[field];
      if (!register) continue;
      const candidate = { ...settings, [field]: register.value };
      if (rowProblem('settings', candidate) === null) settings = candidate;
    }
  }
  if (state.objectiveOrder) {
    settings = {
      ...settings,
      objectiveOrder: state.objectiveOrder.value.flatMap(
        (key) => objectiveByKey.get(key)?.id ?? [],
      ),
    };
  }
  return rowProblem('settings', settings) === null ? settings : local;
}
