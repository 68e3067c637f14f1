import { dayToIndex, indexToDay, mondayOfIndex } from '../schedule/day-index';

/** A year of weeks: 53 columns always cover the 52 weeks before this one plus this one. */
export const HEATMAP_WEEKS = 53;

/**
 * Colour steps by absolute minutes (none, under 15, under 30, under an hour, an hour or more),
 * not relative to the busiest day: one marathon day would otherwise wash out the whole year,
 * and the same colour means the same effort from one year to the next.
 */
const LEVEL_FLOORS = [1, 15, 30, 60] as const;

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapCell {
  day: string;
  minutes: number;
  level: HeatLevel;
}

export interface HeatmapWeek {
  /** The week's Monday. */
  start: string;
  /** Monday to Sunday; null for days after `today`. */
  days: (HeatmapCell | null)[];
}

/** First and last day the heatmap shows: a Monday 52 weeks before this week's, and today. */
export function heatmapWindow(today: string): { from: string; to: string } {
  const from = mondayOfIndex(dayToIndex(today)) - (HEATMAP_WEEKS - 1) * 7;
  return { from: indexToDay(from), to: today };
}

export function heatLevel(minutes: number): HeatLevel {
  let level = 0;
  for (const floor of LEVEL_FLOORS) if (minutes >= floor) level++;
  return level as HeatLevel;
}

/** The 53 × 7 grid of minutes per day, weeks in columns (Monday-first), ending with today's week. */
export function heatmapCells(
  minutesPerDay: ReadonlyMap<string, number>,
  today: string,
): HeatmapWeek[] {
  const last = dayToIndex(today);
  const first = dayToIndex(heatmapWindow(today).from);
  const weeks: HeatmapWeek[] = [];
  for (let week = 0; week < HEATMAP_WEEKS; week++) {
    const monday = first + week * 7;
    const days: (HeatmapCell | null)[] = [];
    for (let offset = 0; offset < 7; offset++) {
      const index = monday + offset;
      if (index > last) {
        days.push(null);
        continue;
      }
      const day = indexToDay(index);
      const minutes = minutesPerDay.get(day) ?? 0;
      days.push({ day, minutes, level: heatLevel(minutes) });
    }
    weeks.push({ start: indexToDay(monday), days });
  }
  return weeks;
}
