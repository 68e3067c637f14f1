import { groupBy } from '../group-by';
import type { DayPlan } from '../schedule/plan-types';
import { recallProbability } from '../schedule/recall-probability';
import type { ActiveSession, Objective, Project, Resource, Review, Settings } from '../types';
import type { ActiveToday, TodayView } from './today-view';

/** Resources listed per session on the first screen; the project view lists them all. */
export const RESOURCES_PER_SESSION = 6;

export interface TodayInput {
  day: string;
  now: number;
  plan: DayPlan;
  objectives: readonly Objective[];
  projects: readonly Project[];
  /** Resources of the projects planned today (others are not needed). */
  resources: readonly Resource[];
  reviewsToday: readonly Review[];
  active: ActiveSession | undefined;
  settings: Settings;
}

/** Today's part of the plan, with the names, freshness and resources the page shows. */
export function buildTodayView(input: TodayInput): TodayView {
  const projects = new Map(input.projects.map((p) => [p.id, p]));
  const objectives = new Map(input.objectives.map((o) => [o.id, o]));
  const resources = groupBy(
    [...input.resources].sort(
      (a, b) => (b.lastOpenedAt ?? b.attachedAt) - (a.lastOpenedAt ?? a.attachedAt),
    ),
    (r) => r.projectId,
  );
  const today = input.plan.days[0];
  const titleOf = (id: string) => projects.get(id)?.title ?? 'Removed project';
  const sessions = (today?.sessions ?? []).map((session) => {
    const project = projects.get(session.projectId);
    const own = resources.get(session.projectId) ?? [];
    return {
      projectId: session.projectId,
      project: titleOf(session.projectId),
      objective: (project && objectives.get(project.objectiveId)?.title) ?? '',
      minutes: session.minutes,
      kind: session.kind,
      overdueDays: session.overdueDays,
      freshness:
        session.kind === 'new' || !project?.card
          ? null
          : recallProbability(project.card, input.now, input.settings),
      resources: own
        .slice(0, RESOURCES_PER_SESSION)
        .map(({ id, title, url, kind }) => ({ id, title, url, kind })),
      resourceCount: own.length,
    };
  });
  const done = input.reviewsToday.map((review) => ({
    projectId: review.projectId,
    project: titleOf(review.projectId),
    minutes: review.minutes,
  }));
  return {
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
  };
}

function activeToday(
  active: ActiveSession,
  titleOf: (projectId: string) => string,
  resources: Map<string, Resource[]>,
): ActiveToday {
  const last = resources.get(active.projectId)?.[0];
  return {
    projectId: active.projectId,
    project: titleOf(active.projectId),
    startedAt: active.startedAt,
    ...(active.groupId === undefined ? {} : { groupId: active.groupId }),
    lastResource: last ? { id: last.id, title: last.title, url: last.url, kind: last.kind } : null,
  };
}
