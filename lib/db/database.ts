import Dexie, { type DexieOptions } from 'dexie';
import { checkRowsOnWrite } from './check-rows-on-write';
import { DATABASE_NAME } from './database-name';
import { SCHEMA_VERSIONS } from './schema-versions';
import type { WaymarkTables } from './waymark-tables';

export type WaymarkDatabase = Dexie & WaymarkTables;

/**
 * Opens Waymark's database. Tests pass `{ indexedDB, IDBKeyRange }` from fake-indexeddb to get a
 * private database; the extension uses the browser's.
 */
export function createDatabase(options?: DexieOptions, name = DATABASE_NAME): WaymarkDatabase {
  const db = new Dexie(name, options) as WaymarkDatabase;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  db.use(checkRowsOnWrite);
  return db;
}
