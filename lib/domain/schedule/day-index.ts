import { parseISO } from 'date-fns';

/**
 * Calendar days as integers (days since 1970-01-01), so the planner's hot loops do integer maths.
 * Day strings are calendar dates, never instants: the arithmetic goes through Date.UTC, which has
 * no DST, so adding a day is always +1 (the same answer as date-fns addDays on local dates).
 */

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `day` is a real `YYYY-MM-DD` calendar date. */
export function isDayString(day: string): boolean {
  const match = DAY_PATTERN.exec(day);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** `YYYY-MM-DD` to its day number; throws on anything else so bad input fails loudly. */
export function dayToIndex(day: string): number {
  if (!isDayString(day)) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Memo tables: the planner and the simulation convert the same few thousand values over and
 * over (a Date per call dominated the 365-day forecast). Pure functions of their key, so caching
 * cannot change a result; cleared when large so memory stays bounded.
 */
const MEMO_LIMIT = 50_000;
const dayNames = new Map<number, string>();
const localDays = new Map<number, number>();

/** Day number back to `YYYY-MM-DD`. */
export function indexToDay(index: number): string {
  let day = dayNames.get(index);
  if (day === undefined) {
    const date = new Date(index * MS_PER_DAY);
    day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
    if (dayNames.size >= MEMO_LIMIT) dayNames.clear();
    dayNames.set(index, day);
  }
  return day;
}

/** The local calendar day an instant falls on, as a day number. */
export function epochToDayIndex(ms: number): number {
  let index = localDays.get(ms);
  if (index === undefined) {
    const local = new Date(ms);
    index = Math.round(
      Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / MS_PER_DAY,
    );
    if (localDays.size >= MEMO_LIMIT) localDays.clear();
    localDays.set(ms, index);
  }
  return index;
}

/** The local calendar day an instant falls on. */
export function epochToDay(ms: number): string {
  return indexToDay(epochToDayIndex(ms));
}

/** Local time `hour`:00 on `day`, as epoch ms (local midnight by default). */
export function dayToEpoch(day: string, hour = 0): number {
  if (!isDayString(day)) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  return parseISO(`${day}T${pad(hour, 2)}:00:00`).getTime();
}

/** 0 = Sunday, like Date#getDay (1970-01-01 was a Thursday). */
export function weekdayOfIndex(index: number): number {
  return (((index + 4) % 7) + 7) % 7;
}

/** Day number of the Monday starting the week that holds `index` (weeks are Monday-based). */
export function mondayOfIndex(index: number): number {
  return index - ((weekdayOfIndex(index) + 6) % 7);
}
