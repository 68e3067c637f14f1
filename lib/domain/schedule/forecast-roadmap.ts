import { targetStatus, type TargetStatus } from './objective-targets';
import type { PlanInput } from './plan-types';
import { simulatePlan, type ProjectForecast } from './simulate-plan';

export interface ObjectiveOutlook {
  /** Forecast day the objective is reached; null when already reached or not within ten years. */
  done: string | null;
  /** Whether it still has projects to build. */
  pending: boolean;
  /** Against its target date, when it has one. */
  target: (TargetStatus & { date: string }) | null;
}

export interface RoadmapForecast {
  projects: Map<string, ProjectForecast>;
  objectives: Map<string, ObjectiveOutlook>;
  /** The day the whole roadmap is built; null if never within ten years or nothing is left. */
  end: string | null;
}

/** Every project's start and finish and every objective's finish, the plan played to its end. */
export function forecastRoadmap(input: Omit<PlanInput, 'days'>): RoadmapForecast {
  const run = simulatePlan({ ...input, days: 0, until: 'end' });
  const targets = new Map(input.objectives.map((o) => [o.id, o.targetDate]));
  const objectives = new Map<string, ObjectiveOutlook>();
  for (const forecast of run.objectives) {
    const date = targets.get(forecast.objectiveId);
    objectives.set(forecast.objectiveId, {
      done: forecast.done,
      pending: forecast.pending,
      target: date ? { date, ...targetStatus(forecast, date) } : null,
    });
  }
  const projects = new Map(run.projects.map((p) => [p.projectId, p]));
  // Built before the forecast: not part of its end. One never started is not built either.
  const built = new Set(input.projects.filter((p) => p.phase === 'reviewing').map((p) => p.id));
  let end: string | null = null;
  for (const project of run.projects) {
    if (built.has(project.projectId)) continue;
    if (project.done === null) return { projects, objectives, end: null };
    if (end === null || project.done > end) end = project.done;
  }
  return { projects, objectives, end };
}
