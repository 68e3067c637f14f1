import { breakRanges } from '../schedule/day-budget';
import { dayToIndex, weekdayOfIndex } from '../schedule/day-index';
import type { Settings } from '../types';

export interface StudyStreaks {
  /** Days studied in the run still going: it ends today, or before a day that may still come. */
  current: number;
  longest: number;
}

/**
 * Streaks count days with at least one review. A day without one breaks the run, except:
 * - a rest day or a day in a break, which the user planned not to study: it neither breaks nor
 *   lengthens the run (studying on it still counts);
 * - today, which is not over yet.
 * Rest days and breaks are today's settings applied to the past: settings keep no history.
 * Days after `today` (a clock that was wrong) are ignored.
 */
export function studyStreaks(
  days: Iterable<string>,
  today: string,
  plan: Pick<Settings, 'restDays' | 'breaks'>,
): StudyStreaks {
  const last = dayToIndex(today);
  const studied = new Set<number>();
  for (const day of days) {
    const index = dayToIndex(day);
    if (index <= last) studied.add(index);
  }
  if (studied.size === 0) return { current: 0, longest: 0 };
  const breaks = breakRanges(plan);
  const isPlannedOff = (index: number) =>
    plan.restDays.includes(weekdayOfIndex(index)) ||
    breaks.some(([from, to]) => index >= from && index <= to);

  let run = 0;
  let longest = 0;
  for (let index = Math.min(...studied); index <= last; index++) {
    if (studied.has(index)) {
      run++;
      longest = Math.max(longest, run);
    } else if (index !== last && !isPlannedOff(index)) {
      run = 0;
    }
  }
  return { current: run, longest };
}
