import { describeStorageError } from '../db/storage-error';
import { acceptLinkUrl } from '../domain/roadmap/accept-link-url';

/** Waymark's marker on a dexie-export-import file, so a backup is recognised and versioned. */
export const BACKUP_FORMAT = 'waymark-backup';
export const BACKUP_VERSION = 1;
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

type Check = (value: unknown) => boolean;
const text: Check = (v) => typeof v === 'string';
const number: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const flag: Check = (v) => v === 0 || v === 1;
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const oneOf =
  (...values: unknown[]): Check =>
  (v) =>
    values.includes(v);
const list =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const object: Check = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
// Links are clicked in the planner: a backup cannot bring back what an import would refuse.
const webUrl: Check = (v) => typeof v === 'string' && acceptLinkUrl(v) !== null;
const link: Check = (v) => webUrl(field(v, 'url')) && text(field(v, 'label'));

/** The fields every row must have, per table; unknown extra fields are kept. */
const ROW_SHAPES: Record<BackupTable, Record<string, Check>> = {
  roadmaps: {
    id: text,
    title: text,
    source: text,
    sourceHash: text,
    importedAt: number,
    tags: list(text),
    rawText: text,
  },
  objectives: { id: text, roadmapId: text, title: text, order: number, archived: flag },
  projects: {
    id: text,
    objectiveId: text,
    roadmapId: text,
    key: text,
    title: text,
    order: number,
    links: list(link),
    children: list(text),
    done: (v) => typeof v === 'boolean',
    status: oneOf('new', 'active', 'paused', 'retired'),
    sessionMinutes: optional(number),
    card: optional(object),
    notBefore: optional(number),
    archived: flag,
  },
  resources: {
    id: text,
    projectId: text,
    url: webUrl,
    title: text,
    kind: text,
    attachedAt: number,
    lastOpenedAt: optional(number),
    via: text,
  },
  reviews: {
    id: text,
    projectId: text,
    at: number,
    rating: oneOf('again', 'hard', 'good', 'easy'),
    minutes: number,
    note: text,
    cardBefore: optional(object),
    statusBefore: text,
  },
  settings: { id: oneOf('settings') },
  sessions: {
    projectId: text,
    startedAt: number,
    groupId: optional(number),
    windowId: optional(number),
  },
};

interface DexieTableData {
  tableName: unknown;
  inbound: unknown;
  rows: unknown;
}

function field(value: unknown, key: string): unknown {
  return object(value) && Object.hasOwn(value as object, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
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
  if (!object(types)) throw new BackupError(`${where} has unreadable type marks`);
  for (const [path, type] of Object.entries(types as Record<string, unknown>)) {
    const keys = path.split('.').map((key) => key.replace(/~1/g, '.').replace(/~0/g, '~'));
    const last = keys.pop() ?? '';
    let parent: unknown = plain;
    for (const key of keys) parent = field(parent, key);
    if (type === 'arrayNonindexKeys' && Array.isArray(field(parent, last))) continue;
    if (type === 'undef' && object(parent) && Object.hasOwn(parent as object, last)) {
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

function checkRows(table: BackupTable, rows: unknown): Record<string, unknown>[] {
  if (!Array.isArray(rows)) throw new BackupError(`backup table ${table} has no rows list`);
  const shape = ROW_SHAPES[table];
  return rows.map((value: unknown, index) => {
    const where = `backup table ${table}, row ${index + 1}`;
    if (!object(value)) throw new BackupError(`${where} is not a record`);
    const row = reviveRow(value as Record<string, unknown>, where);
    for (const [key, check] of Object.entries(shape)) {
      if (!check(field(row, key)))
        throw new BackupError(`${where}: field "${key}" is missing or wrong`);
    }
    return row;
  });
}

/**
 * Checks a backup file completely before anything is written: JSON, Waymark's marker and version,
 * dexie-export-import's structure, the database version, table names and every row's shape.
 */
export function checkBackup(textContent: string, databaseVersion: number): CheckedBackup {
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
  if (version !== BACKUP_VERSION || field(file, 'formatVersion') !== 1) {
    throw new BackupError(
      `this backup uses format version ${String(version)}; this Waymark reads version ${BACKUP_VERSION}`,
    );
  }
  const data = field(file, 'data');
  if (field(data, 'databaseVersion') !== databaseVersion) {
    throw new BackupError(
      'this backup was made by a different version of Waymark’s database; nothing was changed',
    );
  }
  const exported = field(data, 'data');
  if (!Array.isArray(exported)) throw new BackupError('backup has no tables');
  const tables = {} as CheckedBackup['tables'];
  for (const entry of exported as DexieTableData[]) {
    const name = field(entry, 'tableName');
    if (!BACKUP_TABLES.includes(name as BackupTable)) {
      throw new BackupError(`backup has an unknown table: ${String(name).slice(0, 40)}`);
    }
    if (field(entry, 'inbound') !== true)
      throw new BackupError(`backup table ${String(name)} has outside keys`);
    if (tables[name as BackupTable])
      throw new BackupError(`backup table ${String(name)} appears twice`);
    tables[name as BackupTable] = checkRows(name as BackupTable, field(entry, 'rows'));
  }
  const missing = BACKUP_TABLES.filter((table) => !tables[table]);
  if (missing.length > 0) throw new BackupError(`backup is missing tables: ${missing.join(', ')}`);
  const exportedAt = field(meta, 'exportedAt');
  return { exportedAt: typeof exportedAt === 'string' ? exportedAt : '', tables };
}
