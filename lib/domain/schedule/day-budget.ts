import type { Project, Settings } from '../types';
import { dayToIndex, weekdayOfIndex } from './day-index';

type BudgetSettings = Pick<Settings, 'minutesPerWeekday' | 'restDays' | 'breaks'>;

/** Breaks as inclusive day-number ranges, parsed once per plan. */
export function breakRanges(settings: Pick<Settings, 'breaks'>): [number, number][] {
  return settings.breaks.map((item) => [dayToIndex(item.from), dayToIndex(item.to)]);
}

/** Minutes for a weekday with rest days applied; negative or non-finite settings count as 0. */
function weekdayBudget(settings: BudgetSettings, weekday: number): number {
  if (settings.restDays.includes(weekday)) return 0;
  const minutes = settings.minutesPerWeekday[weekday] ?? 0;
  return Number.isFinite(minutes) ? Math.max(0, Math.floor(minutes)) : 0;
}

/** Minutes available on a day: 0 on rest days and inside breaks. */
export function dayBudget(
  settings: BudgetSettings,
  dayIndex: number,
  breaks: readonly (readonly [number, number])[] = breakRanges(settings),
): number {
  for (const [from, to] of breaks) if (dayIndex >= from && dayIndex <= to) return 0;
  return weekdayBudget(settings, weekdayOfIndex(dayIndex));
}

/** The most minutes any ordinary week day offers; a longer session can never be planned. */
export function largestDayBudget(settings: BudgetSettings): number {
  let largest = 0;
  for (let weekday = 0; weekday < 7; weekday++) {
    largest = Math.max(largest, weekdayBudget(settings, weekday));
  }
  return largest;
}

/** A length in whole minutes, at least one so every session costs time. */
function sessionLength(minutes: number, fallback: number): number {
  return Number.isFinite(minutes) ? Math.max(1, Math.round(minutes)) : fallback;
}

/** Length of a build session of this project: its own, else the default. */
export function sessionMinutesOf(
  project: Pick<Project, 'sessionMinutes'>,
  settings: Pick<Settings, 'defaultSessionMinutes'>,
): number {
  return sessionLength(project.sessionMinutes ?? settings.defaultSessionMinutes, 30);
}

/** Length of a review of this project: its own, else the setting. */
export function reviewMinutesOf(
  project: Pick<Project, 'reviewMinutes'>,
  settings: Pick<Settings, 'reviewMinutes'>,
): number {
  return sessionLength(project.reviewMinutes ?? settings.reviewMinutes, 20);
}
