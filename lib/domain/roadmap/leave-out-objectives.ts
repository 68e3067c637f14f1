import { OBJECTIVE_PATH_SEPARATOR } from './flatten-roadmap';
import { normaliseTitle } from './normalise-title';
import type { ParsedObjective, ParsedRoadmap } from './parsed-roadmap';

/** One objective of the note as an import offers it: ticked (imported) or left out. */
export interface ObjectiveChoice {
  /** The flattened title (`Parent › Child`), what the setting stores. */
  path: string;
  /** The objective's own title. */
  title: string;
  /** 0 for a top-level objective, 1 for one nested in it, and so on. */
  depth: number;
  /** Projects in it and in what is nested in it: what leaving it out leaves out. */
  projects: number;
  /** Left out by name. */
  leftOut: boolean;
  /** Left out because an objective it is nested in is. */
  underLeftOut: boolean;
}

export interface LeftOutObjective {
  title: string;
  projects: number;
}

export interface RoadmapChoice {
  /** The note without the objectives left out. */
  roadmap: ParsedRoadmap;
  /** The objectives left out by name, in note order. */
  leftOut: LeftOutObjective[];
  /** Every objective of the note, in note order, nested ones after their parent. */
  objectives: ObjectiveChoice[];
  /** The note has projects, but every one of them is left out. */
  nothingLeft: boolean;
}

function countProjects(objective: ParsedObjective): number {
  return (objective.objectives ?? []).reduce(
    (sum, child) => sum + countProjects(child),
    objective.projects.length,
  );
}

/**
 * The note with the objectives in `leftOut` (flattened titles, compared through
 * `normaliseTitle`) taken out with their projects and everything nested in them. Headings nest
 * a few levels at most, so the walk recurses. The input is never mutated.
 */
export function leaveOutObjectives(
  parsed: ParsedRoadmap,
  leftOut: readonly string[],
): RoadmapChoice {
  const named = new Set(leftOut.map(normaliseTitle));
  const objectives: ObjectiveChoice[] = [];
  const out: LeftOutObjective[] = [];

  const keep = (
    objective: ParsedObjective,
    path: string,
    depth: number,
    under: boolean,
  ): ParsedObjective[] => {
    const isOut = named.has(normaliseTitle(path));
    const projects = countProjects(objective);
    objectives.push({
      path,
      title: objective.title,
      depth,
      projects,
      leftOut: isOut,
      underLeftOut: under,
    });
    if (isOut && !under) out.push({ title: path, projects });
    const children = (objective.objectives ?? []).flatMap((child) =>
      keep(child, `${path}${OBJECTIVE_PATH_SEPARATOR}${child.title}`, depth + 1, under || isOut),
    );
    if (under || isOut) return [];
    const kept: ParsedObjective = { title: objective.title, projects: objective.projects };
    if (children.length > 0) kept.objectives = children;
    return kept.projects.length > 0 || children.length > 0 ? [kept] : [];
  };

  const kept = parsed.objectives.flatMap((objective) => keep(objective, objective.title, 0, false));
  const total = objectives.reduce((sum, o) => sum + (o.depth === 0 ? o.projects : 0), 0);
  return {
    roadmap: { ...parsed, objectives: kept },
    leftOut: out,
    objectives,
    nothingLeft: total > 0 && kept.length === 0,
  };
}
