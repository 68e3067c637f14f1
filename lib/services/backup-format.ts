import {
  upgradeProgress,
  type StoredProject,
  type StoredReview,
} from '../domain/schedule/upgrade-progress';
import { dataProblem, type UserRows } from '../domain/rows/data-problem';
import { field, isRecord, type Check } from '../domain/rows/row-checks';
import { rowProblem } from '../domain/rows/row-problem';
import { isUserTable, USER_TABLES, type UserTable } from '../domain/rows/user-tables';
import { settingsFromRow } from '../domain/settings/settings-from-row';
import { upgradeSettingsRow } from '../domain/settings/upgrade-settings-row';
import { V1_ROW_SHAPES } from './backup-v1-rows';
import { UserError } from './user-error';

/** Waymark's marker on a dexie-export-import file, so a backup is recognised and versioned. */
export const BACKUP_FORMAT = 'waymark-backup';
/** 2: projects in phases, build sessions and reviews (schema 3). 1: before phases (schema 2). */
export const BACKUP_VERSION = 2;
/** The database version every format 1 backup was written by. */
const V1_DATABASE_VERSION = 2;
/** Backups hold attached resources and review history too, so they may outgrow a note. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/** A backup holds every table of the user's own data. */
export const BACKUP_TABLES = USER_TABLES;
export type BackupTable = UserTable;

/** Caches rebuilt from the tables above: left out of a backup, emptied by a restore. */
export const DERIVED_TABLES = ['snapshots'] as const;

/**
 * This device's own state (its sync replica, the linked note file and the note versions Waymark
 * replaced): never in a backup, kept through a restore.
 */
export const DEVICE_TABLES = ['syncReplica', 'noteLink', 'noteVersions'] as const;

export interface BackupMeta {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
}

/** A backup that passed every check: rows per table, ready to write. */
export interface CheckedBackup {
  exportedAt: string;
  tables: UserRows;
}

/** A backup file we refuse; the message is shown to users as is. */
export class BackupError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

type Tables = UserRows;
/** Why a row read from a file cannot be kept, or null. */
type RowCheck = (table: BackupTable, row: Record<string, unknown>) => string | null;

interface DexieTableData {
  tableName: unknown;
  inbound: unknown;
  rows: unknown;
}

/**
 * dexie-export-import marks values plain JSON cannot hold with Typeson `$types`. Waymark rows only
 * ever need two: arrays (marked whatever their keys) and properties set to `undefined`. Anything
 * else (Dates, Maps, Blobs...) Waymark never writes, so a file carrying it is refused.
 */
function reviveRow(row: Record<string, unknown>, where: string): Record<string, unknown> {
  if (!Object.hasOwn(row, '$types')) return row;
  const types = row.$types;
  const plain = { ...row };
  delete plain.$types;
  if (!isRecord(types)) throw new BackupError(`${where} has unreadable type marks`);
  for (const [path, type] of Object.entries(types)) {
    const keys = path.split('.').map((key) => key.replace(/~1/g, '.').replace(/~0/g, '~'));
    const last = keys.pop() ?? '';
    let parent: unknown = plain;
    for (const key of keys) parent = field(parent, key);
    if (type === 'arrayNonindexKeys' && Array.isArray(field(parent, last))) continue;
    if (type === 'undef' && isRecord(parent) && Object.hasOwn(parent, last)) {
      Object.defineProperty(parent, last, {
        value: undefined,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      continue;
    }
    throw new BackupError(
      `${where}: field "${path.slice(0, 40)}" holds a kind of value Waymark never writes (${typeof type === 'string' ? type.slice(0, 40) : typeof type})`,
    );
  }
  return plain;
}

function checkRows(table: BackupTable, rows: unknown, check: RowCheck): Record<string, unknown>[] {
  if (!Array.isArray(rows)) throw new BackupError(`backup table ${table} has no rows list`);
  return rows.map((value: unknown, index) => {
    const where = `backup table ${table}, row ${index + 1}`;
    if (!isRecord(value)) throw new BackupError(`${where} is not a record`);
    const row = reviveRow(value, where);
    const problem = check(table, row);
    if (problem !== null) throw new BackupError(`${where}: ${problem}`);
    return row;
  });
}

/** A format 1 row has the fields that version wrote; the fields it no longer uses go in the upgrade. */
const v1RowProblem: RowCheck = (table, row) => {
  for (const [key, check] of Object.entries<Check>(V1_ROW_SHAPES[table])) {
    if (!check(field(row, key), row)) return `field "${key}" is missing or wrong`;
  }
  return null;
};

/**
 * Rows that pass every row rule must also hold together: one roadmap, unique ids, references to
 * rows that exist. These are the checks a restore, and every copy taken of the user's data, passes.
 */
export function checkTables(tables: Tables): Tables {
  const checked = {} as Tables;
  for (const table of BACKUP_TABLES) checked[table] = checkRows(table, tables[table], rowProblem);
  const problem = dataProblem(checked);
  if (problem)
    throw new BackupError(`backup table ${problem.table}, row ${problem.row}: ${problem.reason}`);
  return checked;
}

/**
 * A format 1 backup's rows as today's Waymark stores them, the way the schema 3 upgrade moves a
 * database: projects into phases, sessions into build sessions and reviews, settings renamed.
 * Projects done but never studied are learned at `now`, so their reviews start from the restore.
 */
function upgradeVersion1(tables: Tables, now: number): Tables {
  const settings = tables.settings.map((row) => settingsFromRow(row));
  const { projects, reviews } = upgradeProgress(
    tables.projects as unknown as StoredProject[],
    tables.reviews as unknown as StoredReview[],
    now,
    settings[0] ?? settingsFromRow(undefined),
  );
  const rows = (values: object[]) => values as Record<string, unknown>[];
  return {
    ...tables,
    projects: rows(projects),
    reviews: rows(reviews),
    settings: rows(settings),
  };
}

/** A format 2 backup an older Waymark wrote: its settings as Waymark keeps them now. */
function upgradeSettings(tables: Tables): Tables {
  return { ...tables, settings: tables.settings.map(upgradeSettingsRow) };
}

/**
 * Checks a backup file completely before anything is written: JSON, Waymark's marker and version,
 * dexie-export-import's structure, the database version, table names and every row's shape. A
 * format 1 backup is checked as that version wrote it, then upgraded (see upgradeVersion1).
 */
export function checkBackup(
  textContent: string,
  databaseVersion: number,
  now: number,
): CheckedBackup {
  let file: unknown;
  try {
    file = JSON.parse(textContent);
  } catch {
    throw new BackupError('not a Waymark backup: the file is not complete JSON (truncated?)');
  }
  const meta = field(file, 'waymark');
  if (field(meta, 'format') !== BACKUP_FORMAT || field(file, 'formatName') !== 'dexie') {
    throw new BackupError('not a Waymark backup file');
  }
  const version = field(meta, 'version');
  if ((version !== 1 && version !== BACKUP_VERSION) || field(file, 'formatVersion') !== 1) {
    throw new BackupError(
      `this backup uses format version ${String(version)}; this Waymark reads versions 1 to ${BACKUP_VERSION}`,
    );
  }
  const data = field(file, 'data');
  const written = version === 1 ? V1_DATABASE_VERSION : databaseVersion;
  if (field(data, 'databaseVersion') !== written) {
    throw new BackupError(
      'this backup was made by a different version of Waymark’s database; nothing was changed',
    );
  }
  const exported = field(data, 'data');
  if (!Array.isArray(exported)) throw new BackupError('backup has no tables');
  const tables = {} as Tables;
  // Today's rows are judged once, in checkTables, after their type marks are read.
  const check: RowCheck = version === 1 ? v1RowProblem : () => null;
  for (const entry of exported as DexieTableData[]) {
    const name = field(entry, 'tableName');
    if (typeof name !== 'string' || !isUserTable(name)) {
      throw new BackupError(`backup has an unknown table: ${String(name).slice(0, 40)}`);
    }
    if (field(entry, 'inbound') !== true)
      throw new BackupError(`backup table ${String(name)} has outside keys`);
    if (tables[name]) throw new BackupError(`backup table ${String(name)} appears twice`);
    tables[name] = checkRows(name, field(entry, 'rows'), check);
  }
  const missing = BACKUP_TABLES.filter((table) => !tables[table]);
  if (missing.length > 0) throw new BackupError(`backup is missing tables: ${missing.join(', ')}`);
  const exportedAt = field(meta, 'exportedAt');
  return {
    exportedAt: typeof exportedAt === 'string' ? exportedAt : '',
    tables: checkTables(version === 1 ? upgradeVersion1(tables, now) : upgradeSettings(tables)),
  };
}
