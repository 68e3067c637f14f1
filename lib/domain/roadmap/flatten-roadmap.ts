import type { Link } from '../types';
import type { ParsedObjective, ParsedProject, ParsedRoadmap, TableColumns } from './parsed-roadmap';

/** Separates a nested objective from its parent in a flattened title: `Parent › Child`. */
export const OBJECTIVE_PATH_SEPARATOR = ' › ';

export interface FlatProject {
  title: string;
  done: boolean;
  links: Link[];
  /** Breakdown titles, depth-first. */
  children: string[];
  checkboxId?: string;
  estimateMinutes?: number;
  /** Where the project sits in the note: see ParsedProject. */
  line?: number;
  columns?: TableColumns;
}

export interface FlatObjective {
  title: string;
  projects: FlatProject[];
}

/** Breakdown titles depth-first, with an explicit stack so deep breakdowns cannot overflow. */
function flattenBreakdown(children: readonly ParsedProject[]): string[] {
  const titles: string[] = [];
  const stack = [...children].reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    titles.push(next.title);
    stack.push(...[...next.children].reverse());
  }
  return titles;
}

function flattenProject(project: ParsedProject): FlatProject {
  return {
    title: project.title,
    done: project.done ?? false,
    links: project.links,
    children: flattenBreakdown(project.children),
    ...(project.checkboxId === undefined ? {} : { checkboxId: project.checkboxId }),
    ...(project.estimateMinutes === undefined ? {} : { estimateMinutes: project.estimateMinutes }),
    ...(project.line === undefined ? {} : { line: project.line }),
    ...(project.columns === undefined ? {} : { columns: project.columns }),
  };
}

/**
 * Turns nested objectives into one list in note order, each titled with its path
 * (`Parent › Child`), the shape the database stores.
 */
export function flattenRoadmap(parsed: ParsedRoadmap): FlatObjective[] {
  const flat: FlatObjective[] = [];
  const stack: { objective: ParsedObjective; path: string }[] = parsed.objectives
    .map((objective) => ({ objective, path: objective.title }))
    .reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { objective, path } = next;
    if (objective.projects.length > 0) {
      flat.push({ title: path, projects: objective.projects.map(flattenProject) });
    }
    const below = (objective.objectives ?? []).map((child) => ({
      objective: child,
      path: `${path}${OBJECTIVE_PATH_SEPARATOR}${child.title}`,
    }));
    stack.push(...below.reverse());
  }
  return flat;
}
