import type { Link, Objective, Project } from '../types';
import type { ParsedRoadmap } from './parsed-roadmap';
import { flattenRoadmap, type FlatProject } from './flatten-roadmap';
import { normaliseTitle } from './normalise-title';
import { keyFlatProjects, projectKeys, titleKey } from './project-keys';

export interface ImportDiff {
  /** Titles of projects new to the roadmap. */
  added: string[];
  /**
   * Projects that changed; `what` names the fields: title, objective, links, breakdown, done,
   * estimate, restored.
   */
  changed: { title: string; what: string[] }[];
  /** Titles of projects gone from the note, now archived. */
  archived: string[];
  unchanged: number;
  /**
   * Estimates changed both in the note and in Waymark since the last import, to different values.
   * The note's value is merged; the list lets the user choose. Absent when there are none.
   */
  conflicts?: EstimateConflict[];
}

export interface EstimateConflict {
  key: string;
  title: string;
  note: number | undefined;
  waymark: number | undefined;
}

export interface RoadmapMerge {
  objectives: Objective[];
  projects: Project[];
  diff: ImportDiff;
}

export interface MergeContext {
  roadmapId: string;
  newId: () => string;
  /**
   * The note as last imported (a linked note). With it, a note's done box counts only where it
   * changed since then, so a box ticked in Waymark is not undone by an unrelated edit of the note.
   */
  base?: ParsedRoadmap;
}

function sameLinks(a: readonly Link[], b: readonly Link[]): boolean {
  return (
    a.length === b.length &&
    a.every((link, i) => link.url === b[i]?.url && link.label === b[i]?.label)
  );
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function describeChanges(before: Project, after: Project): string[] {
  const what: string[] = [];
  if (before.title !== after.title) what.push('title');
  if (before.objectiveId !== after.objectiveId) what.push('objective');
  if (!sameLinks(before.links, after.links)) what.push('links');
  if (!sameStrings(before.children, after.children)) what.push('breakdown');
  if (before.done !== after.done) what.push('done');
  if (before.estimateMinutes !== after.estimateMinutes) what.push('estimate');
  if (before.archived === 1) what.push('restored');
  return what;
}

/** Objective rows in note order, reusing stored rows with the same normalised title. */
function mergeObjectives(
  titles: readonly string[],
  existing: readonly Objective[],
  context: MergeContext,
): { rows: Objective[]; byTitle: Map<string, Objective> } {
  const stored = new Map<string, Objective>();
  for (const objective of existing) {
    const key = normaliseTitle(objective.title);
    // Prefer a live row over an archived one with the same title.
    if (!stored.has(key) || stored.get(key)?.archived === 1) stored.set(key, objective);
  }
  const byTitle = new Map<string, Objective>();
  const rows: Objective[] = [];
  for (const title of titles) {
    const key = normaliseTitle(title);
    if (byTitle.has(key)) continue;
    const old = stored.get(key);
    const row: Objective = old
      ? { ...old, title, order: rows.length, archived: 0 }
      : {
          id: context.newId(),
          roadmapId: context.roadmapId,
          title,
          order: rows.length,
          archived: 0,
        };
    byTitle.set(key, row);
    rows.push(row);
  }
  const kept = new Set(rows.map((row) => row.id));
  for (const objective of existing) {
    if (!kept.has(objective.id) && objective.archived === 0)
      rows.push({ ...objective, archived: 1 });
  }
  return { rows, byTitle };
}

/**
 * Works out every objective and project row to write for a re-imported note: stored rows keep
 * their id, card, status, session length and postponement; new rows get fresh ids; projects gone
 * from the note are archived, never deleted. Inputs are never mutated.
 */
export function mergeRoadmap(
  parsed: ParsedRoadmap,
  existing: { objectives: Objective[]; projects: Project[] },
  context: MergeContext,
): RoadmapMerge {
  const flat = flattenRoadmap(parsed);
  const objectives = mergeObjectives(
    flat.map((objective) => objective.title),
    existing.objectives,
    context,
  );

  const objectiveTitles = new Map(existing.objectives.map((o) => [o.id, o.title]));
  const byKey = new Map<string, Project>();
  const byTitleKey = new Map<string, Project>();
  for (const project of existing.projects) {
    byKey.set(project.key, project);
    const objectiveTitle = objectiveTitles.get(project.objectiveId);
    if (objectiveTitle !== undefined)
      byTitleKey.set(titleKey(objectiveTitle, project.title), project);
  }

  const diff: ImportDiff = { added: [], changed: [], archived: [], unchanged: 0 };
  const conflicts: EstimateConflict[] = [];
  const baseDone = context.base ? doneByKey(context.base) : null;
  const projects: Project[] = [];
  const matched = new Set<string>();
  const take = (project: Project | undefined) =>
    project && !matched.has(project.id) ? project : undefined;

  for (const project of keyFlatProjects(flat)) {
    const row = objectives.byTitle.get(normaliseTitle(project.objectiveTitle));
    if (!row) continue;
    const { key } = project;
    const byTitle = titleKey(project.objectiveTitle, project.title);
    // A checkbox id added or lost since the last import still finds the row by its title.
    const old = take(byKey.get(key)) ?? take(byTitleKey.get(byTitle));
    const done = old && baseDone?.get(key) === project.done ? old.done : project.done;
    const next = buildProject(
      { ...project, done },
      old,
      { key, objectiveId: row.id, order: projects.length },
      context,
    );
    if (old) {
      matched.add(old.id);
      const conflict = estimateConflict(old, project.estimateMinutes);
      if (conflict) conflicts.push({ key, title: next.title, ...conflict });
      const what = describeChanges(old, next);
      if (what.length > 0) diff.changed.push({ title: next.title, what });
      else diff.unchanged++;
    } else {
      diff.added.push(next.title);
    }
    projects.push(next);
  }
  for (const project of existing.projects) {
    if (matched.has(project.id) || project.archived === 1) continue;
    projects.push({ ...project, archived: 1 });
    diff.archived.push(project.title);
  }
  if (conflicts.length > 0) diff.conflicts = conflicts;
  return { objectives: objectives.rows, projects, diff };
}

/** The base note's done boxes by key: a project missing from it takes the note's box. */
function doneByKey(base: ParsedRoadmap): Map<string, boolean> {
  return new Map([...projectKeys(base)].map(([key, project]) => [key, project.done]));
}

/**
 * An estimate the note changed since the last import (its `noteEstimateMinutes`) while Waymark
 * changed it too, to something else: both sides moved, so the user is asked.
 */
function estimateConflict(
  old: Project,
  noted: number | undefined,
): { note: number | undefined; waymark: number | undefined } | null {
  const base = old.noteEstimateMinutes;
  const mine = old.estimateMinutes;
  if (noted === base || mine === base || mine === noted) return null;
  return { note: noted, waymark: mine };
}

/** Sets both estimates on a fresh row, leaving out a key whose value is absent. */
function withEstimates(row: Project, estimate: number | undefined, note: number | undefined) {
  const next: Project = { ...row, estimateMinutes: estimate, noteEstimateMinutes: note };
  if (estimate === undefined) delete next.estimateMinutes;
  if (note === undefined) delete next.noteEstimateMinutes;
  return next;
}

/**
 * A changed estimate in the note is newer than one set in Waymark; an unchanged one leaves the
 * user's value alone. A dropped estimate clears only a value that came from the note.
 */
function mergeEstimate(old: Project, noted: number | undefined): Project {
  if (noted === old.noteEstimateMinutes) return old;
  if (noted !== undefined) return withEstimates(old, noted, noted);
  const fromNote = old.estimateMinutes === old.noteEstimateMinutes;
  return withEstimates(old, fromNote ? undefined : old.estimateMinutes, undefined);
}

function buildProject(
  project: FlatProject,
  old: Project | undefined,
  place: { key: string; objectiveId: string; order: number },
  context: MergeContext,
): Project {
  const fromNote = {
    ...place,
    title: project.title,
    links: project.links.map((link) => ({ ...link })),
    children: [...project.children],
    done: project.done,
    archived: 0 as const,
  };
  const noted = project.estimateMinutes;
  if (old) return mergeEstimate({ ...old, ...fromNote }, noted);
  const row: Project = {
    id: context.newId(),
    roadmapId: context.roadmapId,
    status: 'active',
    phase: 'queued',
    builtMinutes: 0,
    childrenDone: [],
    ...fromNote,
  };
  return withEstimates(row, noted, noted);
}
