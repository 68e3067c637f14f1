import type { ParsedObjective, ParsedProject } from './parsed-roadmap';
import { normaliseTitle } from './normalise-title';

/**
 * An objective the note has mentioned. It only reaches the output once a project lands in it
 * (or below it), so headings over prose or empty sections do not become objectives.
 */
export interface ObjectiveScope {
  title: string;
  parent: ObjectiveScope | null;
  parsed: ParsedObjective | null;
  /** Children by normalised title: a title mentioned twice is one objective. */
  children: Map<string, ObjectiveScope>;
}

export interface ObjectiveTree {
  root: ObjectiveScope;
  objectives: ParsedObjective[];
  projectCount: number;
}

export function createObjectiveTree(): ObjectiveTree {
  const root: ObjectiveScope = { title: '', parent: null, parsed: null, children: new Map() };
  return { root, objectives: [], projectCount: 0 };
}

/** Returns the objective titled `title` under `parent`, creating it on first mention. */
export function findOrAddObjective(parent: ObjectiveScope, title: string): ObjectiveScope {
  const key = normaliseTitle(title) || title;
  const existing = parent.children.get(key);
  if (existing) return existing;
  const scope: ObjectiveScope = { title, parent, parsed: null, children: new Map() };
  parent.children.set(key, scope);
  return scope;
}

function materialise(tree: ObjectiveTree, scope: ObjectiveScope): ParsedObjective {
  if (scope.parsed) return scope.parsed;
  const pending: ObjectiveScope[] = [];
  for (
    let at: ObjectiveScope | null = scope;
    at && at !== tree.root && !at.parsed;
    at = at.parent
  ) {
    pending.push(at);
  }
  for (const item of pending.reverse()) {
    const parsed: ParsedObjective = { title: item.title, projects: [] };
    const parentParsed = item.parent?.parsed;
    if (parentParsed) (parentParsed.objectives ??= []).push(parsed);
    else tree.objectives.push(parsed);
    item.parsed = parsed;
  }
  if (!scope.parsed) throw new Error('the root scope holds no projects');
  return scope.parsed;
}

export function addProject(
  tree: ObjectiveTree,
  scope: ObjectiveScope,
  project: ParsedProject,
): void {
  materialise(tree, scope).projects.push(project);
  tree.projectCount++;
}
