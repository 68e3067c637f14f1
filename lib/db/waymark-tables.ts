import type { EntityTable } from 'dexie';
import type { UserTable } from '../domain/rows/user-tables';
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
import type { NoteLink, NoteVersion } from './note-link';
import type { SyncReplica } from './sync-replica';

export type TableName = UserTable | 'snapshots' | 'syncReplica' | 'noteLink' | 'noteVersions';

/** Requires an entry for every table, so a user table added without its entity type fails the typecheck. */
type EveryTable<Rows extends Record<TableName, object>> = Rows;

/** The entity type of each table's rows. */
type TableRows = EveryTable<{
  roadmaps: Roadmap;
  objectives: Objective;
  projects: Project;
  resources: Resource;
  reviews: Review;
  settings: Settings;
  snapshots: TodaySnapshot;
  sessions: ActiveSession;
  syncReplica: SyncReplica;
  noteLink: NoteLink;
  noteVersions: NoteVersion;
}>;

export type RowOf<Name extends TableName> = TableRows[Name];

/** Sessions are keyed by their project: one session per project. */
type PrimaryKey<Name extends TableName> = Extract<
  Name extends 'sessions' ? 'projectId' : 'id',
  keyof TableRows[Name]
>;

/** Every table of Waymark's database, typed by its entity and primary key. */
export type WaymarkTables = {
  [Name in TableName]: EntityTable<TableRows[Name], PrimaryKey<Name>>;
};
