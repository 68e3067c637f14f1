import type { Objective, Project } from '../types';

export type PickableObjective = Pick<Objective, 'id' | 'title'>;
export type PickableProject = Pick<Project, 'id' | 'title' | 'objectiveId'>;

/** What a project picker shows: the names of the projects still in the note, in note order. */
export interface PickableRoadmap {
  objectives: PickableObjective[];
  projects: PickableProject[];
}

/** Only the names travel to the popup, not the plan each project carries. */
export function pickableRoadmap(
  objectives: readonly Objective[],
  projects: readonly Project[],
): PickableRoadmap {
  const live = <T extends { archived: 0 | 1; order: number }>(rows: readonly T[]) =>
    rows.filter((row) => row.archived === 0).sort((a, b) => a.order - b.order);
  return {
    objectives: live(objectives).map(({ id, title }) => ({ id, title })),
    projects: live(projects).map(({ id, title, objectiveId }) => ({ id, title, objectiveId })),
  };
}
