/**
 * The small checks a stored row's fields are built from. Each takes the value and the whole row,
 * for the few rules that depend on another field.
 */
export type Check = (value: unknown, row: Record<string, unknown>) => boolean;

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own field of `value`, so an inherited `__proto__` field never counts. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * The earliest and latest instants Waymark keeps: a calendar day must still read as `YYYY-MM-DD`
 * in every time zone, so the last one is a day short of the end of year 9999.
 */
const EARLIEST_TIME = 0;
const LATEST_TIME = Date.UTC(9999, 11, 30);

export const text = (v: unknown): v is string => typeof v === 'string';
export const textUpTo =
  (max: number): Check =>
  (v) =>
    text(v) && v.length <= max;
export const number = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const boolean: Check = (v) => typeof v === 'boolean';
export const flag: Check = (v) => v === 0 || v === 1;
export const optional =
  (check: Check): Check =>
  (v, row) =>
    v === undefined || check(v, row);
export const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
export const list =
  (check: Check, max = Number.POSITIVE_INFINITY): Check =>
  (v, row) =>
    Array.isArray(v) && v.length <= max && v.every((item) => check(item, row));
export const whole =
  (min: number, max: number): Check =>
  (v) =>
    number(v) && Number.isInteger(v) && v >= min && v <= max;
export const between =
  (min: number, max: number): Check =>
  (v) =>
    number(v) && v >= min && v <= max;
export const positiveUpTo =
  (max: number): Check =>
  (v) =>
    number(v) && v > 0 && v <= max;
/** An instant, in epoch milliseconds, inside the years Waymark can show. */
export const time: Check = whole(EARLIEST_TIME, LATEST_TIME);

/** The first field of `row` that is not in `rules` or breaks its rule, or null when none does. */
export function wrongField(row: Record<string, unknown>, rules: Record<string, Check>) {
  for (const key of Object.keys(row)) if (!Object.hasOwn(rules, key)) return key;
  for (const [key, check] of Object.entries(rules)) if (!check(field(row, key), row)) return key;
  return null;
}

/** A record whose own fields are exactly the known ones, each passing its check. */
export const shaped =
  (rules: Record<string, Check>): Check =>
  (v) =>
    isRecord(v) && wrongField(v, rules) === null;
