import { validateSettings } from '../settings/validate-settings';
import type { Settings } from '../types';
import { isRecord, wrongField } from './row-checks';
import { USER_TABLE_RULES, type UserTable } from './user-tables';

/** A value as a short piece of text for a message: never the whole of a crafted field. */
export function preview(value: unknown): string {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = typeof value;
  }
  return shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
}

const shortName = (key: string) => (key.length > 40 ? `${key.slice(0, 39)}…` : key);

/**
 * Why a row may not be stored in `table`, in words a user can act on, or null when it may. Known
 * fields only, each within its rule; settings also pass the same validation as the settings form.
 */
export function rowProblem(table: UserTable, row: unknown): string | null {
  if (!isRecord(row)) return 'it is not a record';
  const wrong = wrongField(row, USER_TABLE_RULES[table]);
  if (wrong !== null) {
    return Object.hasOwn(row, wrong)
      ? `field "${shortName(wrong)}" holds ${preview(row[wrong])}, which Waymark never writes there`
      : `field "${wrong}" is missing`;
  }
  if (table === 'settings') {
    const first = Object.entries(validateSettings(row as unknown as Settings))[0];
    if (first) return `setting "${first[0]}": ${first[1]}`;
  }
  return null;
}
