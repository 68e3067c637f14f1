import type { Objective, Project, Settings } from '../types';
import { isStudied, recallProbability } from './recall-probability';

export interface ObjectiveFreshness {
  objectiveId: string;
  /** Mean predicted recall of the studied projects, 0..1; 0 when none is studied yet. */
  freshness: number;
  studied: number;
  total: number;
}

/**
 * How fresh each objective is, in roadmap order. Archived and retired projects are left out:
 * they are no longer reviewed, so they would drag the figure down for ever.
 */
export function freshnessByObjective(
  projects: readonly Project[],
  objectives: readonly Objective[],
  now: number,
  settings: Pick<Settings, 'desiredRetention' | 'maximumIntervalDays'>,
): ObjectiveFreshness[] {
  const sums = new Map<string, { recall: number; studied: number; total: number }>();
  for (const project of projects) {
    if (project.archived || project.status === 'retired') continue;
    const entry = sums.get(project.objectiveId) ?? { recall: 0, studied: 0, total: 0 };
    entry.total++;
    if (isStudied(project.card)) {
      entry.studied++;
      entry.recall += recallProbability(project.card, now, settings);
    }
    sums.set(project.objectiveId, entry);
  }
  return objectives
    .filter((objective) => !objective.archived)
    .sort((a, b) => a.order - b.order)
    .map((objective) => {
      const entry = sums.get(objective.id) ?? { recall: 0, studied: 0, total: 0 };
      return {
        objectiveId: objective.id,
        freshness: entry.studied ? entry.recall / entry.studied : 0,
        studied: entry.studied,
        total: entry.total,
      };
    });
}
