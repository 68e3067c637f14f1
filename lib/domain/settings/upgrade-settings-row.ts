import { SHORTEST_PROJECT_SESSION_MINUTES } from '../schedule/effort';

/** Settings fields older versions stored and Waymark no longer keeps, with every value they wrote. */
const RETIRED: Readonly<Record<string, readonly unknown[]>> = {
  // The theme follows the system.
  theme: ['system', 'light', 'dark'],
};

/** Settings fields added since rows were first written, each with the value a row without it means. */
const ADDED: Readonly<Record<string, () => unknown>> = {
  leftOutObjectives: () => [],
  obsidianVault: () => '',
  obsidianFile: () => '',
};

/** Lengths older versions allowed below the shortest a project may ask for. */
const LENGTHS = new Set(['defaultSessionMinutes', 'reviewMinutes']);

const isShortLength = (value: unknown) =>
  Number.isInteger(value) &&
  (value as number) >= 1 &&
  (value as number) < SHORTEST_PROJECT_SESSION_MINUTES;

/**
 * A stored settings row as Waymark keeps it now: a retired field holding a value its version
 * wrote is dropped, and a session or review length below the shortest a project may ask for is
 * raised to it, and a field added since gets the value its absence meant. Anything else is left
 * as it is, for the row rules to judge (a retired field holding something else included).
 */
export function upgradeSettingsRow(row: Record<string, unknown>): Record<string, unknown> {
  const missing = Object.entries(ADDED)
    .filter(([key]) => !Object.hasOwn(row, key))
    .map(([key, value]) => [key, value()] as const);
  return Object.fromEntries(
    [...Object.entries(row), ...missing]
      .filter(([key, value]) => !(Object.hasOwn(RETIRED, key) && RETIRED[key]?.includes(value)))
      .map(([key, value]) =>
        LENGTHS.has(key) && isShortLength(value)
          ? [key, SHORTEST_PROJECT_SESSION_MINUTES]
          : [key, value],
      ),
  );
}
