import type { ParsedRoadmap } from './parsed-roadmap';
import { flattenRoadmap, type FlatObjective, type FlatProject } from './flatten-roadmap';
import { normaliseTitle } from './normalise-title';

/** A project of a note with the key the database knows it by and its objective's path. */
export interface KeyedProject extends FlatProject {
  key: string;
  objectiveTitle: string;
}

/** The key a project has when the note gives it no checkbox id. */
export function titleKey(objectiveTitle: string, title: string): string {
  return `t:${normaliseTitle(objectiveTitle)}/${normaliseTitle(title)}`;
}

/** The checkbox id is the best key; a repeated key in one note gets a counter so rows stay apart. */
function uniqueKey(project: FlatProject, byTitle: string, used: Set<string>): string {
  const checkbox = project.checkboxId === undefined ? undefined : `cb:${project.checkboxId}`;
  const base = checkbox !== undefined && !used.has(checkbox) ? checkbox : byTitle;
  let key = base;
  for (let copy = 2; used.has(key); copy++) key = `${base}#${copy}`;
  used.add(key);
  return key;
}

/** Every project of flattened objectives, keyed, in note order. */
export function keyFlatProjects(flat: readonly FlatObjective[]): KeyedProject[] {
  const used = new Set<string>();
  const keyed: KeyedProject[] = [];
  for (const objective of flat) {
    for (const project of objective.projects) {
      const key = uniqueKey(project, titleKey(objective.title, project.title), used);
      keyed.push({ ...project, key, objectiveTitle: objective.title });
    }
  }
  return keyed;
}

/** Every project of a parsed note by the key a re-import gives its row (`cb:…` or `t:…`). */
export function projectKeys(parsed: ParsedRoadmap): Map<string, KeyedProject> {
  return new Map(keyFlatProjects(flattenRoadmap(parsed)).map((project) => [project.key, project]));
}
