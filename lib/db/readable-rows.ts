import type { Check } from '../domain/rows/row-checks';
import { OBJECTIVE_RULES, PROJECT_RULES } from '../domain/rows/row-rules';
import type { Objective, Project } from '../domain/types';

/** The fields a row may leave out: their rule accepts a missing value. */
const optionalFields = (rules: Record<string, Check>) =>
  Object.entries(rules).filter(([, check]) => check(undefined, {}));

/**
 * A row as the planner can use it: an optional field that breaks its rule (a memory card that is
 * not a whole FSRS card, a target date that is no date, as an older version may have stored) is
 * read as absent, the way a row without it is planned; a list that breaks its rule is read as
 * empty. Sound rows come back as they are.
 */
function readableRow<T extends object>(
  rules: Record<string, Check>,
  emptyLists: readonly (keyof T & string)[] = [],
) {
  const optional = optionalFields(rules);
  return (row: T): T => {
    const record = row as Record<string, unknown>;
    const broken = new Set(
      optional.filter(([key, check]) => !check(record[key], record)).map(([key]) => key),
    );
    const emptied = emptyLists.filter((key) => rules[key]?.(record[key], record) === false);
    if (broken.size === 0 && emptied.length === 0) return row;
    const kept = Object.entries(record).filter(([key]) => !broken.has(key));
    return Object.fromEntries([...kept, ...emptied.map((key) => [key, []])]) as T;
  };
}

export const readableProject = readableRow<Project>(PROJECT_RULES, [
  'links',
  'children',
  'childrenDone',
]);
export const readableObjective = readableRow<Objective>(OBJECTIVE_RULES);
