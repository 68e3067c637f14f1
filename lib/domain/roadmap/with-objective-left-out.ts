import { normaliseTitle } from './normalise-title';

/**
 * The left-out list with `path` (a flattened objective title) put in or taken out. Entries naming
 * objectives this note lacks are kept, so they stay out if they come back.
 */
export function withObjectiveLeftOut(
  leftOut: readonly string[],
  path: string,
  out: boolean,
): string[] {
  const key = normaliseTitle(path);
  const others = leftOut.filter((title) => normaliseTitle(title) !== key);
  return out ? [...others, path] : others;
}
