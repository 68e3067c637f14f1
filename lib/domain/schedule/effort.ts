import type { Project, Settings } from '../types';

/** Sessions shorter than this are not worth starting; a day's remainder below it stays free. */
export const MIN_SESSION_MINUTES = 15;

/** Most effort one project may be given: 10,000 hours. */
export const MAX_ESTIMATE_MINUTES = 600_000;

/** The project's effort in minutes: its own estimate, else the default from settings. */
export function estimateOf(
  project: Pick<Project, 'estimateMinutes'>,
  settings: Pick<Settings, 'defaultEffortHours'>,
): number {
  const own = project.estimateMinutes;
  if (own !== undefined && Number.isFinite(own) && own > 0) return Math.round(own);
  const hours = settings.defaultEffortHours;
  return Number.isFinite(hours) && hours > 0 ? Math.max(1, Math.round(hours * 60)) : 600;
}

/** Build progress, 0..1 (more than the estimate counts as 1). */
export function buildProgress(
  project: Pick<Project, 'estimateMinutes' | 'builtMinutes'>,
  settings: Pick<Settings, 'defaultEffortHours'>,
): number {
  return Math.min(1, Math.max(0, project.builtMinutes) / estimateOf(project, settings));
}

/** The one-click answer to "it took longer": half as much again, to the next half hour. */
export function raisedEstimate(estimate: number, built: number): number {
  return Math.ceil((Math.max(estimate, built) * 1.5) / 30) * 30;
}
