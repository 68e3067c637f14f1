import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { TodaySnapshot } from '../domain/today/today-view';
import type {
  ActiveSession,
  Objective,
  Project,
  Resource,
  Review,
  Roadmap,
  Settings,
} from '../domain/types';
import { checkRowsOnWrite } from './check-rows-on-write';
import { DATABASE_NAME } from './database-name';
import { SCHEMA_VERSIONS } from './schema-versions';

export type WaymarkDatabase = Dexie & {
  roadmaps: EntityTable<Roadmap, 'id'>;
  objectives: EntityTable<Objective, 'id'>;
  projects: EntityTable<Project, 'id'>;
  resources: EntityTable<Resource, 'id'>;
  reviews: EntityTable<Review, 'id'>;
  settings: EntityTable<Settings, 'id'>;
  snapshots: EntityTable<TodaySnapshot, 'id'>;
  sessions: EntityTable<ActiveSession, 'projectId'>;
};

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
