import type { WaymarkDatabase } from '../db/database';
import { buildTodayView } from '../domain/today/build-today-view';
import type { TodayView } from '../domain/today/today-view';
import { computePlan } from './compute-plan';

/** Today's plan with everything the first screen shows, and when the next objective is reached. */
export async function computeToday(db: WaymarkDatabase, now: number): Promise<TodayView> {
  const context = await computePlan(db, now, 1, 'first-objective');
  const active = await db.sessions.toCollection().first();
  // Only the pages the first screen shows: today's projects and the one being studied.
  const shown = context.plan.days[0]?.sessions.map((s) => s.projectId) ?? [];
  if (active) shown.push(active.projectId);
  const resources = await db.resources.where('projectId').anyOf(shown).toArray();
  return buildTodayView({
    ...context,
    now,
    resources,
    active,
    forecast: context.simulation.objectives,
  });
}
