import type { Objective, Project } from '../../lib/domain/types';

export function objective(id: string, title: string, order: number): Objective {
  return { id, roadmapId: 'r', title, order, archived: 0 };
}

export function project(
  id: string,
  objectiveId: string,
  title: string,
  extra: Partial<Project> = {},
): Project {
  return {
    id,
    objectiveId,
    roadmapId: 'r',
    key: `t:${id}`,
    title,
    order: 0,
    links: [],
    children: [],
    childrenDone: [],
    done: false,
    status: 'active',
    phase: 'queued',
    builtMinutes: 0,
    archived: 0,
    ...extra,
  };
}
