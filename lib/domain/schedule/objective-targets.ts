import { MINUTES_PER_DAY_MAX } from '../settings/validate-settings';
import type { Settings } from '../types';
import { dayToIndex } from './day-index';
import type { PlanInput } from './plan-types';
import { simulatePlan, type ObjectiveForecast } from './simulate-plan';

export interface TargetStatus {
  /** Whole days the forecast is past the target; 0 when on track. */
  lateDays: number;
  /** Never reached within ten years at this pace. */
  never: boolean;
}

/** How the forecast for an objective compares with its target date. */
export function targetStatus(forecast: ObjectiveForecast, targetDate: string): TargetStatus {
  if (forecast.done === null) return { lateDays: 0, never: forecast.pending };
  return {
    lateDays: Math.max(0, dayToIndex(forecast.done) - dayToIndex(targetDate)),
    never: false,
  };
}

/** The same week with `minutes` on every day that is not a rest day. */
function withDailyMinutes(settings: Settings, minutes: number): Settings {
  const week = settings.minutesPerWeekday.map(() => minutes) as Settings['minutesPerWeekday'];
  return { ...settings, minutesPerWeekday: week };
}

/**
 * The fewest minutes a day (every study day alike, rest days and breaks kept) with which the
 * objective is reached by `targetDate`; null when even a whole day each day is not enough. A
 * binary search over the simulation, each run stopping at the target date.
 */
export function minutesNeeded(
  input: Omit<PlanInput, 'days'>,
  objectiveId: string,
  targetDate: string,
): number | null {
  const horizonDays = dayToIndex(targetDate) - dayToIndex(input.today) + 1;
  if (horizonDays < 1) return null;
  const reaches = (minutes: number): boolean => {
    const run = simulatePlan({
      ...input,
      settings: withDailyMinutes(input.settings, minutes),
      days: 0,
      until: 'end',
      horizonDays,
    });
    return run.objectives.some((o) => o.objectiveId === objectiveId && o.done !== null);
  };
  if (!reaches(MINUTES_PER_DAY_MAX)) return null;
  let low = 1;
  let high = MINUTES_PER_DAY_MAX;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (reaches(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
