import { largestDayBudget } from '../schedule/day-budget';
import { dayToIndex, isDayString } from '../schedule/day-index';
import { MAX_ESTIMATE_MINUTES, SHORTEST_PROJECT_SESSION_MINUTES } from '../schedule/effort';
import type { Settings } from '../types';

/** Everything the user may change; `id` is fixed. */
export type SettingsPatch = Partial<Omit<Settings, 'id'>>;

/**
 * Messages keyed by field: `desiredRetention`, `minutesPerWeekday.3` (Sunday = 0),
 * `breaks.1` and so on, so a form can put each next to its control.
 */
export type SettingsErrors = Record<string, string>;

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;
export const MINUTES_PER_DAY_MAX = 1440;
export const MAXIMUM_INTERVAL_MAX = 36500;
export const IN_PROGRESS_MAX = 50;
/** The most effort a project may be given, in hours (MAX_ESTIMATE_MINUTES). */
export const EFFORT_HOURS_MAX = MAX_ESTIMATE_MINUTES / 60;
/** How many objectives may be left out of imports, and the longest title each may have. */
export const LEFT_OUT_OBJECTIVES_MAX = 500;
export const LEFT_OUT_TITLE_MAX = 500;
/** The longest Obsidian vault name or note path kept. */
export const OBSIDIAN_NAME_MAX = 500;

/** Control characters name no vault or file; refusing them keeps a crafted value out of links. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const isLeftOutList = (value: unknown) =>
  Array.isArray(value) &&
  value.length <= LEFT_OUT_OBJECTIVES_MAX &&
  value.every(
    (title) => typeof title === 'string' && title.length > 0 && title.length <= LEFT_OUT_TITLE_MAX,
  );

/** A vault name or note path as Settings keeps it: empty (not set) or plain text within the cap. */
export const isObsidianName = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= OBSIDIAN_NAME_MAX && !hasControlCharacter(value);

const isWhole = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;

/** Hours above zero, at most EFFORT_HOURS_MAX, to a tenth at most (1.5 h, not 1.25 h). */
const isEffortHours = (hours: number) =>
  Number.isFinite(hours) &&
  hours > 0 &&
  hours <= EFFORT_HOURS_MAX &&
  Math.abs(hours * 10 - Math.round(hours * 10)) < 1e-9;

/**
 * The lengths the planner must fit into one day, with how a message names them. No shorter than
 * a project may ask for, so a default is always a length a project could have chosen.
 */
const LENGTHS = [
  ['defaultSessionMinutes', 'A session'],
  ['reviewMinutes', 'A review'],
] as const;

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
  for (const [field] of LENGTHS) {
    if (!isWhole(settings[field], SHORTEST_PROJECT_SESSION_MINUTES, MINUTES_PER_DAY_MAX))
      errors[field] =
        `Enter whole minutes from ${SHORTEST_PROJECT_SESSION_MINUTES} to ${MINUTES_PER_DAY_MAX}.`;
  }
  // Whether the week can hold a session at all only makes sense once its parts are sound.
  const weekOk = !Object.keys(errors).some(
    (field) => field.startsWith('minutesPerWeekday') || field === 'restDays',
  );
  if (weekOk) {
    const largest = largestDayBudget(settings);
    if (largest === 0) errors.minutesPerWeekday = 'Give at least one study day some minutes.';
    // The planner could place no such session at all: say so here rather than on every project.
    for (const [field, what] of LENGTHS) {
      if (largest > 0 && !errors[field] && settings[field] > largest)
        errors[field] =
          `${what} of ${settings[field]} min fits no day: the longest day has ${largest} min.`;
    }
  }
  const retention = settings.desiredRetention;
  if (!(Number.isFinite(retention) && retention >= RETENTION_MIN && retention <= RETENTION_MAX)) {
    errors.desiredRetention = 'Desired retention must be between 70% and 99%.';
  }
  if (!isWhole(settings.maximumIntervalDays, 1, MAXIMUM_INTERVAL_MAX)) {
    errors.maximumIntervalDays = `Enter whole days from 1 to ${MAXIMUM_INTERVAL_MAX}.`;
  }
  if (!isWhole(settings.inProgress, 1, IN_PROGRESS_MAX)) {
    errors.inProgress = `Enter a whole number from 1 to ${IN_PROGRESS_MAX}.`;
  }
  if (!isEffortHours(settings.defaultEffortHours)) {
    errors.defaultEffortHours = `Enter hours from 0.1 to ${EFFORT_HOURS_MAX}, to one decimal place.`;
  }
  settings.breaks.forEach((item, index) => {
    if (!isDayString(item.from) || !isDayString(item.to)) {
      errors[`breaks.${index}`] = 'Enter both dates of the break.';
    } else if (dayToIndex(item.from) > dayToIndex(item.to)) {
      errors[`breaks.${index}`] = 'A break must end on or after the day it starts.';
    }
  });
  if (!isLeftOutList(settings.leftOutObjectives)) {
    errors.leftOutObjectives = `At most ${LEFT_OUT_OBJECTIVES_MAX} objectives can be left out, each named in at most ${LEFT_OUT_TITLE_MAX} characters.`;
  }
  if (!isObsidianName(settings.obsidianVault)) {
    errors.obsidianVault = `Enter the vault's name, at most ${OBSIDIAN_NAME_MAX} characters.`;
  }
  if (!isObsidianName(settings.obsidianFile)) {
    errors.obsidianFile = `Enter the note's path in the vault, at most ${OBSIDIAN_NAME_MAX} characters.`;
  }
  return errors;
}
