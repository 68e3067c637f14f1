import { orderObjectives } from '../roadmap/objective-order';
import { forecastRoadmap, type RoadmapForecast } from './forecast-roadmap';
import { minutesNeeded } from './objective-targets';
import type { PlanInput } from './plan-types';

export type OutlookReply =
  | { type: 'forecast'; forecast: RoadmapForecast }
  | { type: 'needed'; objectiveId: string; minutes: number | null };

/** Objectives with a target the forecast misses, in the user's order: the first matter most. */
export function lateObjectives(
  input: Omit<PlanInput, 'days'>,
  forecast: RoadmapForecast,
): [objectiveId: string, targetDate: string][] {
  const late: [string, string][] = [];
  for (const objective of orderObjectives(input.objectives, input.settings.objectiveOrder)) {
    const target = forecast.objectives.get(objective.id)?.target;
    if (target && (target.lateDays > 0 || target.never)) late.push([objective.id, target.date]);
  }
  return late;
}

/**
 * The roadmap played to its end, then for each late objective the minutes a day that would make
 * it, each reported as soon as it is known: the forecast is quick, each answer after it runs the
 * simulation a dozen times.
 */
export function planOutlook(
  input: Omit<PlanInput, 'days'>,
  report: (reply: OutlookReply) => void,
): void {
  const forecast = forecastRoadmap(input);
  report({ type: 'forecast', forecast });
  for (const [objectiveId, targetDate] of lateObjectives(input, forecast)) {
    report({ type: 'needed', objectiveId, minutes: minutesNeeded(input, objectiveId, targetDate) });
  }
}
