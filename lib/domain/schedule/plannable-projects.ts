import { orderObjectives } from '../roadmap/objective-order';
import type { Objective, Project } from '../types';

/**
 * Objective rank for roadmap order: the user's chosen order, then note order. Archived
 * objectives are left out of the map and listed in `archived` so their projects are skipped.
 */
export function rankObjectives(
  objectives: readonly Objective[],
  objectiveOrder: readonly string[],
): { rank: Map<string, number>; archived: Set<string> } {
  const archived = new Set<string>();
  const live: Objective[] = [];
  for (const objective of objectives) {
    if (objective.archived) archived.add(objective.id);
    else live.push(objective);
  }
  const rank = new Map<string, number>();
  orderObjectives(live, objectiveOrder).forEach((objective, index) => {
    rank.set(objective.id, index);
  });
  return { rank, archived };
}

/** Paused, retired and archived projects (or ones under an archived objective) are never planned. */
export function isPlannable(project: Project, archivedObjectives: ReadonlySet<string>): boolean {
  return (
    !project.archived &&
    project.status !== 'paused' &&
    project.status !== 'retired' &&
    !archivedObjectives.has(project.objectiveId)
  );
}
