import type { Objective, Project } from '../../lib/domain/types';
import { buildObjective, buildProject } from '../support/build-entities';

export function objective(id: string, title: string, order: number): Objective {
  return buildObjective({ id, title, order });
}

export function project(
  id: string,
  objectiveId: string,
  title: string,
  extra: Partial<Project> = {},
): Project {
  return buildProject({ id, objectiveId, title, ...extra });
}
