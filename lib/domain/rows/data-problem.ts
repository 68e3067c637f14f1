import { field } from './row-checks';
import { USER_TABLES, type UserTable } from './user-tables';

/** Rows per user table, each already within its row rules. */
export type UserRows = Record<UserTable, Record<string, unknown>[]>;

/** Where a problem is: the table, the row's place in it (from 1), and what is wrong. */
export interface RowPlace {
  table: UserTable;
  row: number;
  reason: string;
}

const idOf = (row: Record<string, unknown>) => String(field(row, 'id'));

/**
 * What makes a set of tables unusable as a whole although every row is sound: Waymark keeps one
 * roadmap and one settings row, ids are unique, and every reference between tables points at a
 * row that exists. Null when the tables hold together.
 */
export function dataProblem(tables: UserRows): RowPlace | null {
  if (tables.roadmaps.length > 1)
    return { table: 'roadmaps', row: 2, reason: 'Waymark keeps one roadmap, this has more' };
  if (tables.settings.length > 1)
    return { table: 'settings', row: 2, reason: 'there is more than one settings row' };
  // Sessions have no id of their own: they are keyed by their project (see repeatedRow).
  for (const table of USER_TABLES.filter((name) => name !== 'sessions')) {
    const seen = new Set<string>();
    for (const [index, row] of tables[table].entries()) {
      if (seen.has(idOf(row)))
        return { table, row: index + 1, reason: `id "${idOf(row)}" is used twice` };
      seen.add(idOf(row));
    }
  }
  return missingReference(tables) ?? repeatedRow(tables);
}

function missingReference(tables: UserRows): RowPlace | null {
  const ids = (table: UserTable) => new Set(tables[table].map(idOf));
  const roadmaps = ids('roadmaps');
  const objectives = new Map(tables.objectives.map((row) => [idOf(row), row.roadmapId]));
  const projects = ids('projects');
  const references: [
    UserTable,
    string,
    (value: unknown, row: Record<string, unknown>) => boolean,
  ][] = [
    ['objectives', 'roadmapId', (id) => roadmaps.has(String(id))],
    ['projects', 'roadmapId', (id) => roadmaps.has(String(id))],
    ['projects', 'objectiveId', (id, row) => objectives.get(String(id)) === row.roadmapId],
    ['resources', 'projectId', (id) => projects.has(String(id))],
    ['reviews', 'projectId', (id) => projects.has(String(id))],
    ['sessions', 'projectId', (id) => projects.has(String(id))],
  ];
  for (const [table, key, exists] of references) {
    for (const [index, row] of tables[table].entries()) {
      if (!exists(row[key], row))
        return { table, row: index + 1, reason: `${key} points at nothing in this data` };
    }
  }
  return null;
}

/** The database keeps these unique; a restore must not fail on them halfway. */
function repeatedRow(tables: UserRows): RowPlace | null {
  const checks: [UserTable, (row: Record<string, unknown>) => string, string][] = [
    ['projects', (row) => `${String(row.roadmapId)}\n${String(row.key)}`, 'its key is used twice'],
    [
      'resources',
      (row) => `${String(row.projectId)}\n${String(row.url)}`,
      'the page is attached twice',
    ],
    ['sessions', (row) => String(row.projectId), 'the project has two sessions'],
  ];
  for (const [table, keyOf, reason] of checks) {
    const seen = new Set<string>();
    for (const [index, row] of tables[table].entries()) {
      if (seen.has(keyOf(row))) return { table, row: index + 1, reason };
      seen.add(keyOf(row));
    }
  }
  return null;
}
