import { exportDB } from 'dexie-export-import';
import type { WaymarkDatabase } from '../db/database';
import { epochToDay } from '../domain/schedule/day-index';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  DERIVED_TABLES,
  DEVICE_TABLES,
  type BackupMeta,
} from './backup-format';

export interface BackupFile {
  fileName: string;
  text: string;
}

/**
 * Writes every table of the user's data to one JSON file: dexie-export-import's format (so its tools can read it too)
 * with Waymark's marker, format version and export date first.
 */
export async function backupDatabase(db: WaymarkDatabase, now: Date): Promise<BackupFile> {
  const blob = await exportDB(db, { skipTables: [...DERIVED_TABLES, ...DEVICE_TABLES] });
  const exported = JSON.parse(await blob.text()) as Record<string, unknown>;
  const waymark: BackupMeta = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
  };
  return {
    fileName: `waymark-backup-${epochToDay(now.getTime())}.json`,
    text: JSON.stringify({ waymark, ...exported }),
  };
}
