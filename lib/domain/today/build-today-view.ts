import { groupBy } from '../group-by';
import { isToRead, orderForStudy, PAGES_PER_SESSION } from '../reading/pages-to-open';
import { estimateOf } from '../schedule/effort';
import { joinBuildPieces } from '../schedule/join-build-pieces';
import type { DayPlan } from '../schedule/plan-types';
import { recallProbability } from '../schedule/recall-probability';
import type { ObjectiveForecast } from '../schedule/simulate-plan';
import type { ActiveSession, Objective, Project, Resource, Review, Settings } from '../types';
import {
  TODAY_VIEW_FORMAT,
  type ActiveToday,
  type NextObjective,
  type TodayView,
} from './today-view';

export interface TodayInput {
  day: string;
  now: number;
  plan: DayPlan;
  /** The forecast, played at least until the first objective is reached. */
  forecast: readonly ObjectiveForecast[];
  objectives: readonly Objective[];
  projects: readonly Project[];
  /** Resources of the projects planned today (others are not needed). */
  resources: readonly Resource[];
  reviewsToday: readonly Review[];
  active: ActiveSession | undefined;
  settings: Settings;
}

/** Today's part of the plan, with the names, progress, freshness and resources the page shows. */
export function buildTodayView(input: TodayInput): TodayView {
  const projects = new Map(input.projects.map((p) => [p.id, p]));
  const objectives = new Map(input.objectives.map((o) => [o.id, o]));
  const resources = groupBy(input.resources, (r) => r.projectId);
  const today = input.plan.days[0];
  const titleOf = (id: string) => projects.get(id)?.title ?? 'Removed project';
  const sessions = joinBuildPieces(today?.sessions ?? []).map((session) => {
    const project = projects.get(session.projectId);
    // In the order Start opens them, so the card lists what a click on Start opens.
    const own = orderForStudy(resources.get(session.projectId) ?? []);
    return {
      projectId: session.projectId,
      project: titleOf(session.projectId),
      objective: (project && objectives.get(project.objectiveId)?.title) ?? '',
      minutes: session.minutes,
      kind: session.kind,
      overdueDays: session.overdueDays,
      freshness:
        session.kind === 'build' || !project?.card
          ? null
          : recallProbability(project.card, input.now, input.settings),
      builtMinutes: project?.builtMinutes ?? 0,
      estimateMinutes: project ? estimateOf(project, input.settings) : 0,
      childrenDone: project?.childrenDone.length ?? 0,
      children: project?.children.length ?? 0,
      resources: own
        .slice(0, PAGES_PER_SESSION)
        .map(({ id, title, url, kind }) => ({ id, title, url, kind })),
      resourceCount: own.length,
      toRead: own.filter(isToRead).length,
    };
  });
  const done = input.reviewsToday.map((review) => ({
    projectId: review.projectId,
    project: titleOf(review.projectId),
    minutes: review.minutes,
  }));
  return {
    format: TODAY_VIEW_FORMAT,
    day: input.day,
    hasRoadmap: input.projects.length > 0,
    budget: today?.budget ?? 0,
    plannedMinutes: today?.minutes ?? 0,
    studiedMinutes: done.reduce((sum, d) => sum + d.minutes, 0),
    overdue: sessions.filter((s) => s.overdueDays > 0).length,
    sessions,
    done,
    unplaceable: input.plan.unplaceable.map((u) => ({ ...u, project: titleOf(u.projectId) })),
    active: input.active ? activeToday(input.active, titleOf, resources) : null,
    next: nextObjective(input.forecast, objectives),
  };
}

/** The objective the plan reaches first; one that never finishes comes last. */
function nextObjective(
  forecast: readonly ObjectiveForecast[],
  objectives: Map<string, Objective>,
): NextObjective | null {
  let best: ObjectiveForecast | undefined;
  for (const item of forecast) {
    if (!item.pending) continue;
    if (!best || (item.done !== null && (best.done === null || item.done < best.done))) best = item;
  }
  const objective = best && objectives.get(best.objectiveId);
  if (!best || !objective) return null;
  const next: NextObjective = { objective: objective.title, done: best.done };
  if (objective.targetDate) next.targetDate = objective.targetDate;
  return next;
}

function activeToday(
  active: ActiveSession,
  titleOf: (projectId: string) => string,
  resources: Map<string, Resource[]>,
): ActiveToday {
  const used = (r: Resource) => r.lastOpenedAt ?? r.attachedAt;
  const last = resources
    .get(active.projectId)
    ?.reduce((latest, r) => (used(r) > used(latest) ? r : latest));
  return {
    projectId: active.projectId,
    project: titleOf(active.projectId),
    startedAt: active.startedAt,
    ...(active.groupId === undefined ? {} : { groupId: active.groupId }),
    lastResource: last ? { id: last.id, title: last.title, url: last.url, kind: last.kind } : null,
  };
}
