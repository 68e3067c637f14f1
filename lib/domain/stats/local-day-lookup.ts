import { dayToEpoch, epochToDayIndex, indexToDay } from '../schedule/day-index';
import { countedTimes, isCountedTime } from './counted-times';

/**
 * Maps instants to local `YYYY-MM-DD` days, remembering the last day's bounds: reviews come
 * sorted by time, so 50,000 of them cost one conversion per distinct day, and the planner's
 * shared memo tables are not flooded with one-off instants. Null for a time stats do not count
 * (countedTimes).
 */
export function createLocalDayLookup(): (at: number) => string | null {
  const times = countedTimes();
  let day = '';
  let start = Infinity;
  let end = -Infinity;
  return (at) => {
    if (!isCountedTime(at, times)) return null;
    if (at < start || at >= end) {
      const index = epochToDayIndex(at);
      day = indexToDay(index);
      // Bounds from local midnights, so 23- and 25-hour days (DST) are exact.
      start = dayToEpoch(day);
      end = dayToEpoch(indexToDay(index + 1));
    }
    return day;
  };
}
