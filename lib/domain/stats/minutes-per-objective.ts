import type { Objective, Project, Review } from '../types';
import { countedMinutes } from './minutes-by-day';

export interface ObjectiveMinutes {
  objectiveId: string;
  title: string;
  minutes: number;
}

export interface MinutesPerObjective {
  /** Roadmap order; archived objectives only when time was spent on them. */
  objectives: ObjectiveMinutes[];
  /** Reviews of projects no longer stored: shown apart rather than silently lost. */
  unassignedMinutes: number;
}

export function minutesPerObjective(
  reviews: readonly Pick<Review, 'projectId' | 'minutes'>[],
  projects: readonly Pick<Project, 'id' | 'objectiveId'>[],
  objectives: readonly Objective[],
): MinutesPerObjective {
  const objectiveOf = new Map(projects.map((p) => [p.id, p.objectiveId]));
  const totals = new Map<string, number>();
  let unassigned = 0;
  for (const review of reviews) {
    const minutes = countedMinutes(review.minutes);
    const objectiveId = objectiveOf.get(review.projectId);
    if (objectiveId === undefined) unassigned += minutes;
    else totals.set(objectiveId, (totals.get(objectiveId) ?? 0) + minutes);
  }
  const known = new Set(objectives.map((o) => o.id));
  for (const [objectiveId, minutes] of totals) if (!known.has(objectiveId)) unassigned += minutes;
  return {
    objectives: [...objectives]
      .filter((o) => o.archived === 0 || (totals.get(o.id) ?? 0) > 0)
      .sort((a, b) => a.order - b.order)
      .map((o) => ({
        objectiveId: o.id,
        title: o.title,
        minutes: Math.round(totals.get(o.id) ?? 0),
      })),
    unassignedMinutes: Math.round(unassigned),
  };
}
