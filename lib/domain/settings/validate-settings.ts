import { largestDayBudget } from '../schedule/day-budget';
import { dayToIndex, isDayString } from '../schedule/day-index';
import type { Settings } from '../types';

/** Everything the user may change; `id` is fixed and the theme follows the system. */
export type SettingsPatch = Partial<Omit<Settings, 'id' | 'theme'>>;

/**
 * Messages keyed by field: `desiredRetention`, `minutesPerWeekday.3` (Sunday = 0),
 * `breaks.1` and so on, so a form can put each next to its control.
 */
export type SettingsErrors = Record<string, string>;

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;
export const MINUTES_PER_DAY_MAX = 1440;
export const MAXIMUM_INTERVAL_MAX = 36500;
export const NEW_PER_WEEK_MAX = 1000;

const isWhole = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;

/**
 * Checks a complete settings row; an empty result means it can be saved. The objective order is
 * not checked: ids no longer in the roadmap are skipped wherever it is read.
 */
export function validateSettings(settings: Settings): SettingsErrors {
  const errors: SettingsErrors = {};
  settings.minutesPerWeekday.forEach((minutes, weekday) => {
    if (!isWhole(minutes, 0, MINUTES_PER_DAY_MAX)) {
      errors[`minutesPerWeekday.${weekday}`] =
        `Enter whole minutes from 0 to ${MINUTES_PER_DAY_MAX}.`;
    }
  });
  if (settings.restDays.some((day) => !isWhole(day, 0, 6))) {
    errors.restDays = 'Rest days must be weekdays.';
  } else if (new Set(settings.restDays).size === 7) {
    errors.restDays = 'Leave at least one day of the week that is not a rest day.';
  }
  if (!isWhole(settings.defaultSessionMinutes, 1, MINUTES_PER_DAY_MAX)) {
    errors.defaultSessionMinutes = `Enter whole minutes from 1 to ${MINUTES_PER_DAY_MAX}.`;
  }
  // Whether the week can hold a session at all only makes sense once its parts are sound.
  const weekOk = Object.keys(errors).length === 0;
  const largest = weekOk ? largestDayBudget(settings) : 0;
  if (weekOk && largest === 0) {
    errors.minutesPerWeekday = 'Give at least one study day some minutes.';
  } else if (weekOk && settings.defaultSessionMinutes > largest) {
    // The planner could place no session at all: say so here rather than on every project.
    errors.defaultSessionMinutes = `A session of ${settings.defaultSessionMinutes} min fits no day: the longest day has ${largest} min.`;
  }
  const retention = settings.desiredRetention;
  if (!(Number.isFinite(retention) && retention >= RETENTION_MIN && retention <= RETENTION_MAX)) {
    errors.desiredRetention = 'Desired retention must be between 70% and 99%.';
  }
  if (!isWhole(settings.maximumIntervalDays, 1, MAXIMUM_INTERVAL_MAX)) {
    errors.maximumIntervalDays = `Enter whole days from 1 to ${MAXIMUM_INTERVAL_MAX}.`;
  }
  if (!isWhole(settings.newPerWeek, 0, NEW_PER_WEEK_MAX)) {
    errors.newPerWeek = `Enter a whole number from 0 to ${NEW_PER_WEEK_MAX}.`;
  }
  settings.breaks.forEach((item, index) => {
    if (!isDayString(item.from) || !isDayString(item.to)) {
      errors[`breaks.${index}`] = 'Enter both dates of the break.';
    } else if (dayToIndex(item.from) > dayToIndex(item.to)) {
      errors[`breaks.${index}`] = 'A break must end on or after the day it starts.';
    }
  });
  return errors;
}
