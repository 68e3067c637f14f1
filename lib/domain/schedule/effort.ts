import type { Project, Settings } from '../types';

/** Sessions shorter than this are not worth starting; a day's remainder below it stays free. */
export const MIN_SESSION_MINUTES = 15;

/**
 * The shortest session or review a project may ask for. Shorter than MIN_SESSION_MINUTES on
 * purpose: a project may want short sessions, it is a day's leftover minutes that must be worth one.
 */
export const SHORTEST_PROJECT_SESSION_MINUTES = 5;

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

/** The one-click answer to "it took longer": half as much again, to the next half hour. */
export function raisedEstimate(estimate: number, built: number): number {
  return Math.ceil((Math.max(estimate, built) * 1.5) / 30) * 30;
}

/**
 * Projects done of all and hours built of all estimated. Retired projects are left out: they will
 * never be built. A done project counts its whole estimate, one still building at most its own.
 */
export function objectiveProgress(
  projects: readonly Project[],
  settings: Pick<Settings, 'defaultEffortHours'>,
) {
  let count = 0;
  let done = 0;
  let built = 0;
  let estimate = 0;
  for (const project of projects) {
    if (project.status === 'retired') continue;
    const own = estimateOf(project, settings);
    count++;
    estimate += own;
    if (project.phase === 'reviewing') {
      done++;
      built += own;
    } else built += Math.min(own, Math.max(0, project.builtMinutes));
  }
  return { count, done, built, estimate };
}
