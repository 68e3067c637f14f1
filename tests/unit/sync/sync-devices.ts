import { readFileSync } from 'node:fs';
import { mergeRoadmap } from '../../../lib/domain/roadmap/merge-roadmap';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';
import { balanceDue, reviewLoad } from '../../../lib/domain/schedule/balance-due';
import {
  completeBuildSession,
  completeReview,
  undoSession,
} from '../../../lib/domain/schedule/complete-session';
import { finishedCard } from '../../../lib/domain/schedule/learned-card';
import { markBuilt } from '../../../lib/domain/schedule/project-phase';
import { settleImportedPhases } from '../../../lib/domain/schedule/settle-imported-phases';
import { newClock } from '../../../lib/domain/sync/hlc';
import type { LocalRows } from '../../../lib/domain/sync/local-rows';
import { materialiseRows } from '../../../lib/domain/sync/materialise-rows';
import { emptySyncState, mergeSyncStates } from '../../../lib/domain/sync/merge-sync-state';
import { recordLocalRows } from '../../../lib/domain/sync/record-local-rows';
import type { SyncBaseline } from '../../../lib/domain/sync/sync-baseline';
import type { HlcClock, SyncState } from '../../../lib/domain/sync/sync-state';
import { DEFAULT_SETTINGS, type Project, type Rating } from '../../../lib/domain/types';
import { buildResource } from '../../support/build-entities';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 2, 2, 9);

const EXAMPLE = readFileSync('public/example-roadmap.md', 'utf8');

/** One browser profile: its rows, its sync replica and what it remembers of the last sync. */
export interface Device {
  id: string;
  rows: LocalRows;
  state: SyncState;
  baseline?: SyncBaseline;
  clock: HlcClock;
  ids: number;
}

export function emptyRows(): LocalRows {
  return {
    objectives: [],
    projects: [],
    resources: [],
    reviews: [],
    settings: { ...DEFAULT_SETTINGS, minutesPerWeekday: [...DEFAULT_SETTINGS.minutesPerWeekday] },
  };
}

export function newDevice(id: string, rows: LocalRows = emptyRows()): Device {
  return { id, rows, state: emptySyncState(), clock: newClock(id), ids: 0 };
}

/** A device that imported the example roadmap at `now`, as the import service does. */
export function importedDevice(id: string, now = T0): Device {
  const device = newDevice(id);
  const merge = mergeRoadmap(
    parseRoadmap(EXAMPLE),
    { objectives: [], projects: [] },
    { roadmapId: `${id}-r`, newId: () => nextId(device) },
  );
  device.rows = {
    ...device.rows,
    roadmap: {
      id: `${id}-r`,
      title: 'Example',
      source: 'example-roadmap.md',
      sourceHash: 'h',
      importedAt: now,
      tags: [],
      rawText: EXAMPLE,
    },
    objectives: merge.objectives,
    projects: settleImportedPhases(merge.projects, now, DEFAULT_SETTINGS),
  };
  return device;
}

export function nextId(device: Device): string {
  device.ids += 1;
  return `${device.id}-${device.ids}`;
}

/** One sync run: merge what sync holds, record local changes, materialise. Returns the state to push. */
export function syncDevice(device: Device, remote: SyncState, now: number): SyncState {
  const merged = mergeSyncStates(device.state, remote);
  const recorded = recordLocalRows({
    state: merged,
    baseline: device.baseline,
    rows: device.rows,
    clock: device.clock,
    now,
  });
  const out = materialiseRows({
    state: recorded.state,
    rows: device.rows,
    device: device.id,
    newId: () => nextId(device),
    now,
  });
  device.state = recorded.state;
  device.clock = recorded.clock;
  device.rows = out.rows;
  device.baseline = out.baseline;
  return device.state;
}

export function projectByTitle(device: Device, title: string): Project {
  const project = device.rows.projects.find((p) => p.title === title);
  if (!project) throw new Error(`no project ${title} on ${device.id}`);
  return project;
}

function replaceProject(device: Device, project: Project) {
  device.rows = {
    ...device.rows,
    projects: device.rows.projects.map((p) => (p.id === project.id ? project : p)),
  };
}

/** A finished session, recorded the way the app's finishStudySession does. */
export function study(
  device: Device,
  title: string,
  now: number,
  session: { rating: Rating } | { minutes: number; finished?: boolean; childrenDone?: string[] },
) {
  const project = projectByTitle(device, title);
  const load = reviewLoad(device.rows.projects, project.id);
  const base = { note: '', now, reviewId: nextId(device) };
  const outcome =
    'rating' in session
      ? completeReview(
          project,
          { ...base, minutes: 20, rating: session.rating },
          DEFAULT_SETTINGS,
          load,
        )
      : completeBuildSession(
          project,
          {
            ...base,
            minutes: session.minutes,
            finished: session.finished ?? false,
            childrenDone: session.childrenDone ?? [],
          },
          DEFAULT_SETTINGS,
          load,
        );
  replaceProject(device, outcome.project);
  device.rows = { ...device.rows, reviews: [...device.rows.reviews, outcome.review] };
  return outcome.review;
}

/** Undo of the latest session, as the app's undoLastSession does. */
export function undoLatest(device: Device) {
  const latest = [...device.rows.reviews].sort((a, b) => b.at - a.at)[0];
  if (!latest) throw new Error('nothing to undo');
  const project = device.rows.projects.find((p) => p.id === latest.projectId);
  if (!project) throw new Error('no project');
  replaceProject(device, undoSession(project, latest, latest.at));
  device.rows = { ...device.rows, reviews: device.rows.reviews.filter((r) => r !== latest) };
}

/** A change the user makes to a project outside a session, through the app's own functions. */
export function changeProject(
  device: Device,
  title: string,
  change: (project: Project) => Project,
) {
  replaceProject(device, change(projectByTitle(device, title)));
}

/** "Mark done", as the app's setDone does: a card learned now, balanced against the others. */
export function markDone(device: Device, title: string, now: number) {
  const project = projectByTitle(device, title);
  const load = reviewLoad(device.rows.projects, project.id);
  replaceProject(device, markBuilt(project, balanceDue(finishedCard(now, DEFAULT_SETTINGS), load)));
}

export function setEstimate(device: Device, title: string, minutes: number) {
  replaceProject(device, { ...projectByTitle(device, title), estimateMinutes: minutes });
}

export function attach(device: Device, title: string, url: string, now: number) {
  const resource = buildResource({
    id: nextId(device),
    projectId: projectByTitle(device, title).id,
    url,
    title: url,
    attachedAt: now,
  });
  device.rows = { ...device.rows, resources: [...device.rows.resources, resource] };
}

export function detach(device: Device, url: string) {
  device.rows = { ...device.rows, resources: device.rows.resources.filter((r) => r.url !== url) };
}

/** What a user sees of each project, without local ids, so two devices can be compared. */
export function progressView(device: Device) {
  return Object.fromEntries(
    device.rows.projects
      .filter((p) => p.archived === 0)
      .map((p) => [
        p.key,
        {
          phase: p.phase,
          done: p.done,
          builtMinutes: p.builtMinutes,
          childrenDone: p.childrenDone,
          estimateMinutes: p.estimateMinutes,
          due: p.card?.due,
          card: p.card,
        },
      ]),
  );
}

/** The sessions a device shows, by project key and time, without local ids. */
export function historyView(device: Device) {
  const keyOf = new Map(device.rows.projects.map((p) => [p.id, p.key]));
  return device.rows.reviews
    .map((r) => ({
      key: keyOf.get(r.projectId),
      at: r.at,
      kind: r.kind,
      rating: r.rating,
      minutes: r.minutes,
      before: r.before,
    }))
    .sort((a, b) => a.at - b.at || String(a.key).localeCompare(String(b.key)));
}
