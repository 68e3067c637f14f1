import { normaliseTitle } from '../roadmap/normalise-title';
import { DEFAULT_SETTINGS, type Project, type Settings } from '../types';
import type { LocalRows } from './local-rows';
import { outlineDigest, outlineOfRows } from './outline-of-rows';
import { pagesOfRows } from './pages-of-rows';
import { sessionKeyOf } from './session-key';
import { logId, projectKeyOfLogId } from './sync-ids';
import type { ProjectFields, SyncedPage, SyncedSettingField } from './sync-state';

/** Settings fields that sync, each a register of its own. */
export const SYNCED_SETTING_FIELDS = Object.keys(DEFAULT_SETTINGS).filter(
  (field) => field !== 'id' && field !== 'objectiveOrder',
) as SyncedSettingField[];

/** A project's synced fields as this device last materialised them. */
export type BaselineProject = ProjectFields;

/**
 * What this device's rows held when it last synced, so the next run can tell a local change
 * (differs from here) from a value that merely came from sync. Plain JSON, kept with the replica.
 */
export interface SyncBaseline {
  settings: Partial<{ [Field in SyncedSettingField]: Settings[Field] }>;
  /** Objective keys in the user's order. */
  objectiveOrder: string[];
  /** Target dates by objective key. */
  targetDates: Record<string, string | null>;
  /** A digest of the outline the rows described, so an import shows as a change. */
  outline: string;
  /** By project key. */
  projects: Record<string, BaselineProject>;
  /**
   * The sessions the rows held, by project key, then by the device that logged them: their
   * times, ascending, each after the first as the step from the one before. A row is matched by
   * its project and time, and a session's log id follows from key, time and device.
   */
  reviews: Record<string, Record<string, number[]>>;
  /** Page id -> the page as it was. */
  pages: Record<string, SyncedPage>;
}

/** The synced fields of a project row (or of a session's `before`, for the fields it keeps). */
export function baselineProjectOf(
  project: Partial<Project> & Pick<Project, 'phase' | 'childrenDone' | 'status'>,
): BaselineProject {
  return {
    status: project.status,
    phase: project.phase,
    estimateMinutes: project.estimateMinutes ?? null,
    sessionMinutes: project.sessionMinutes ?? null,
    reviewMinutes: project.reviewMinutes ?? null,
    notBefore: project.notBefore ?? null,
    deferred: project.deferred === true,
    childrenDone: [...project.childrenDone],
    card: project.card ? { ...project.card } : null,
  };
}

/** A project nothing has happened to: what a value is compared with when there is no baseline. */
export const UNTOUCHED_PROJECT: BaselineProject = {
  status: 'active',
  phase: 'queued',
  estimateMinutes: null,
  sessionMinutes: null,
  reviewMinutes: null,
  notBefore: null,
  deferred: false,
  childrenDone: [],
  card: null,
};

/** The user's objective order as objective keys; ids no longer in the roadmap are left out. */
export function objectiveOrderKeys(rows: Pick<LocalRows, 'objectives' | 'settings'>): string[] {
  const keyOf = new Map(rows.objectives.map((o) => [o.id, normaliseTitle(o.title)]));
  return rows.settings.objectiveOrder.flatMap((id) => keyOf.get(id) ?? []);
}

/** The baseline for `rows`; `reviews` maps each review row the state knows to its log id. */
export function baselineOfRows(rows: LocalRows, reviews: Record<string, string>): SyncBaseline {
  const settings: SyncBaseline['settings'] = {};
  for (const field of SYNCED_SETTING_FIELDS)
    Object.assign(settings, { [field]: structuredClone(rows.settings[field]) });
  const targetDates: Record<string, string | null> = {};
  for (const objective of rows.objectives)
    targetDates[normaliseTitle(objective.title)] = objective.targetDate ?? null;
  const projects: Record<string, BaselineProject> = {};
  for (const project of rows.projects)
    if (project.archived === 0) projects[project.key] = baselineProjectOf(project);
  return {
    settings,
    objectiveOrder: objectiveOrderKeys(rows),
    targetDates,
    outline: outlineDigest(outlineOfRows(rows)),
    projects,
    reviews: sessionTimes(Object.values(reviews)),
    pages: Object.fromEntries(pagesOfRows(rows)),
  };
}

/** Log ids as the baseline keeps them. */
function sessionTimes(logIds: readonly string[]): SyncBaseline['reviews'] {
  const times = new Map<string, Map<string, number[]>>();
  for (const id of logIds) {
    const key = projectKeyOfLogId(id);
    const rest = id.slice(key.length + 1);
    const split = rest.indexOf('\n');
    const byDevice = times.get(key) ?? new Map<string, number[]>();
    times.set(key, byDevice);
    const device = rest.slice(split + 1);
    const ats = byDevice.get(device) ?? [];
    byDevice.set(device, ats);
    ats.push(Number(rest.slice(0, split)));
  }
  const packed: SyncBaseline['reviews'] = {};
  for (const [key, byDevice] of times) {
    const devices: Record<string, number[]> = {};
    for (const [device, ats] of byDevice) {
      const sorted = [...new Set(ats)].sort((a, b) => a - b);
      devices[device] = sorted.map((at, i) => (i === 0 ? at : at - (sorted[i - 1] as number)));
    }
    packed[key] = devices;
  }
  return packed;
}

/**
 * The sessions the baseline holds: log id by session (`<project key>\n<at>`). A part that is not
 * as `baselineOfRows` writes it is left out, so nothing is removed on its account.
 */
export function baselineSessions(baseline: SyncBaseline): Map<string, string> {
  const sessions = new Map<string, string>();
  for (const [key, byDevice] of Object.entries(baseline.reviews)) {
    if (typeof byDevice !== 'object' || byDevice === null) continue;
    for (const [device, steps] of Object.entries(byDevice)) {
      if (!Array.isArray(steps)) continue;
      let at = 0;
      for (const step of steps) {
        if (typeof step !== 'number' || !Number.isFinite(step)) break;
        at += step;
        sessions.set(sessionKeyOf(key, at), logId(key, at, device));
      }
    }
  }
  return sessions;
}
