import { dayToEpoch } from '../schedule/day-index';

/**
 * The review times stats place on a calendar day: from local midnight of 1970-01-01 up to, not
 * including, local midnight of 9999-12-31, so a counted day and the day after it both read as
 * `YYYY-MM-DD`. A wrong clock, an older version or a damaged file may have stored any number.
 */
export function countedTimes(): { from: number; until: number } {
  return { from: dayToEpoch('1970-01-01'), until: dayToEpoch('9999-12-31') };
}

/** Whether `at` is a time stats can count (see countedTimes). */
export function isCountedTime(at: unknown, times = countedTimes()): at is number {
  return typeof at === 'number' && at >= times.from && at < times.until;
}
