import { describeStorageError } from '../db/storage-error';
import {
  upgradeProgress,
  type StoredProject,
  type StoredReview,
} from '../domain/schedule/upgrade-progress';
import { settingsFromRow } from '../domain/settings/settings-from-row';
import { field, isRecord, ROW_SHAPES_V1, ROW_SHAPES_V2, type Check } from './backup-row-shapes';

/** Waymark's marker on a dexie-export-import file, so a backup is recognised and versioned. */
export const BACKUP_FORMAT = 'waymark-backup';
/** 2: projects in phases, build sessions and reviews (schema 3). 1: before phases (schema 2). */
export const BACKUP_VERSION = 2;
/** The database version every format 1 backup was written by. */
const V1_DATABASE_VERSION = 2;
/** Backups hold attached resources and review history too, so they may outgrow a note. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

export const BACKUP_TABLES = [
  'roadmaps',
  'objectives',
  'projects',
  'resources',
  'reviews',
  'settings',
  'sessions',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Caches rebuilt from the tables above: left out of a backup, emptied by a restore. */
export const DERIVED_TABLES = ['snapshots'] as const;

export interface BackupMeta {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
}

/** A backup that passed every check: rows per table, ready to write. */
export interface CheckedBackup {
  exportedAt: string;
  tables: Record<BackupTable, Record<string, unknown>[]>;
}

/** A backup file we refuse; the message is shown to users as is. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** A failed backup or restore, as the user reads it. */
export function describeBackupFailure(error: unknown): string {
  return error instanceof BackupError ? error.message : describeStorageError(error);
}

type Tables = CheckedBackup['tables'];
/** The fields every row must have, per table; unknown extra fields are kept. */
type RowShapes = Record<BackupTable, Record<string, Check>>;

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
      `${where} holds a kind of value Waymark never writes (${String(type).slice(0, 40)})`,
    );
  }
  return plain;
}

function checkRows(
  table: BackupTable,
  rows: unknown,
  shapes: RowShapes,
): Record<string, unknown>[] {
  if (!Array.isArray(rows)) throw new BackupError(`backup table ${table} has no rows list`);
  const shape = shapes[table];
  return rows.map((value: unknown, index) => {
    const where = `backup table ${table}, row ${index + 1}`;
    if (!isRecord(value)) throw new BackupError(`${where} is not a record`);
    const row = reviveRow(value, where);
    for (const [key, check] of Object.entries(shape)) {
      if (!check(field(row, key), row))
        throw new BackupError(`${where}: field "${key}" is missing or wrong`);
    }
    return row;
  });
}

/** Upgraded rows must pass today's checks too: a row that cannot be upgraded is refused. */
function checkUpgraded(tables: Tables): Tables {
  const checked = {} as Tables;
  for (const table of BACKUP_TABLES)
    checked[table] = checkRows(table, tables[table], ROW_SHAPES_V2);
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
  const shapes: RowShapes = version === 1 ? ROW_SHAPES_V1 : ROW_SHAPES_V2;
  for (const entry of exported as DexieTableData[]) {
    const name = field(entry, 'tableName');
    if (!BACKUP_TABLES.includes(name as BackupTable)) {
      throw new BackupError(`backup has an unknown table: ${String(name).slice(0, 40)}`);
    }
    if (field(entry, 'inbound') !== true)
      throw new BackupError(`backup table ${String(name)} has outside keys`);
    if (tables[name as BackupTable])
      throw new BackupError(`backup table ${String(name)} appears twice`);
    tables[name as BackupTable] = checkRows(name as BackupTable, field(entry, 'rows'), shapes);
  }
  const missing = BACKUP_TABLES.filter((table) => !tables[table]);
  if (missing.length > 0) throw new BackupError(`backup is missing tables: ${missing.join(', ')}`);
  const exportedAt = field(meta, 'exportedAt');
  return {
    exportedAt: typeof exportedAt === 'string' ? exportedAt : '',
    tables: version === 1 ? checkUpgraded(upgradeVersion1(tables, now)) : tables,
  };
}
