import type { Objective, Project } from '../types';

/**
 * Objective rank for roadmap order: `firstObjectiveId` first, then by `order`. Archived
 * objectives are left out of the map and listed in `archived` so their projects are skipped.
 */
export function rankObjectives(
  objectives: readonly Objective[],
  firstObjectiveId: string | undefined,
): { rank: Map<string, number>; archived: Set<string> } {
  const archived = new Set<string>();
  const live: Objective[] = [];
  for (const objective of objectives) {
    if (objective.archived) archived.add(objective.id);
    else live.push(objective);
  }
  live.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rank = new Map<string, number>();
  live.forEach((objective, index) => {
    rank.set(objective.id, objective.id === firstObjectiveId ? -1 : index);
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
