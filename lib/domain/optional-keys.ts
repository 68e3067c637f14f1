/**
 * Rows leave an optional field out rather than store `undefined`, so a round trip through
 * IndexedDB or a backup compares equal. These build such rows.
 */

/** `row` without `keys`. */
export function withoutKeys<T extends object, K extends keyof T>(row: T, ...keys: K[]): Omit<T, K> {
  // A plain loop: sync replays thousands of sessions through this, and it is the cheaper copy.
  const copy: Partial<T> = {};
  for (const key of Object.keys(row) as (keyof T)[])
    if (!keys.includes(key as K)) copy[key] = row[key];
  return copy as Omit<T, K>;
}

/** `row` with `key` set to `value`, or without it when `value` is undefined. */
export function withOptional<T extends object, K extends keyof T>(
  row: T,
  key: K,
  value: T[K] | undefined,
): T {
  return value === undefined ? (withoutKeys(row, key) as T) : { ...row, [key]: value };
}
