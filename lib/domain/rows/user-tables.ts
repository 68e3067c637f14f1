import type { Check } from './row-checks';
import {
  OBJECTIVE_RULES,
  PROJECT_RULES,
  RESOURCE_RULES,
  REVIEW_RULES,
  ROADMAP_RULES,
  SESSION_RULES,
  SETTINGS_RULES,
} from './row-rules';

/**
 * The tables holding the user's own data, with the rules every row of them follows, whoever
 * writes it: an import, a study session, an attach or a restore.
 */
export const USER_TABLE_RULES = {
  roadmaps: ROADMAP_RULES,
  objectives: OBJECTIVE_RULES,
  projects: PROJECT_RULES,
  resources: RESOURCE_RULES,
  reviews: REVIEW_RULES,
  settings: SETTINGS_RULES,
  sessions: SESSION_RULES,
} satisfies Record<string, Record<string, Check>>;

export type UserTable = keyof typeof USER_TABLE_RULES;

export const USER_TABLES = Object.keys(USER_TABLE_RULES) as UserTable[];

export function isUserTable(name: string): name is UserTable {
  return Object.hasOwn(USER_TABLE_RULES, name);
}
