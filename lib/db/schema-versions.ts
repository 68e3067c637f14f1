import type { Transaction } from 'dexie';
import { settingsFromRow } from '../domain/settings/settings-from-row';
import { upgradeProgress } from '../domain/schedule/upgrade-progress';
import type { Settings } from '../domain/types';
import type { RowOf, TableName } from './waymark-tables';

/**
 * Every schema the database has ever had, oldest first. Never edit or remove a shipped entry:
 * add a new one with its upgrade, and a seed for it in tests/db/schema-upgrades.test.ts.
 */
export interface SchemaVersion {
  version: number;
  stores: Partial<Record<TableName, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

type Field<Row> = Extract<keyof Row, string>;

/** One index in Dexie's syntax: a field, `&` unique, `*` multi-entry, `[a+b]` compound. */
type IndexPath<Row> = `${'' | '&' | '*'}${Field<Row>}` | `${'' | '&'}[${Field<Row>}+${Field<Row>}]`;

/** The first index in a store spec that names no field of `Row`; never when all do. */
type UnknownIndex<Row, Spec extends string> = Spec extends `${infer Head}, ${infer Rest}`
  ? Head extends IndexPath<Row>
    ? UnknownIndex<Row, Rest>
    : Head
  : Spec extends IndexPath<Row>
    ? never
    : Spec;

/**
 * What each store must also be: nothing more when every index names a field of its table's entity
 * type, else a tag naming the bad index or table, so the typecheck error says which.
 */
type CheckedStores<Stores> = {
  [Name in keyof Stores]: Name extends TableName
    ? Stores[Name] extends string
      ? [UnknownIndex<RowOf<Name>, Stores[Name]>] extends [never]
        ? unknown
        : { unknownIndex: UnknownIndex<RowOf<Name>, Stores[Name]> }
      : unknown
    : { unknownTable: Name };
};

/** A schema version whose indexes the typecheck holds against the entity types. */
export function schemaVersion<const Stores extends SchemaVersion['stores']>(
  schema: SchemaVersion & { stores: Stores & NoInfer<CheckedStores<Stores>> },
): SchemaVersion {
  return schema;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  schemaVersion({
    version: 1,
    stores: {
      roadmaps: 'id',
      objectives: 'id, roadmapId',
      projects: 'id, roadmapId, objectiveId, [roadmapId+key], status',
      resources: 'id, projectId, &[projectId+url], attachedAt',
      reviews: 'id, projectId, at',
      settings: 'id',
    },
  }),
  schemaVersion({
    // The new-tab page paints today's plan from one precomputed row; study sessions in progress
    // (timer, tab group) survive closing the page.
    version: 2,
    stores: { snapshots: 'id', sessions: 'projectId' },
  }),
  schemaVersion({
    // Projects gain phases (queued, building, reviewing) and sessions a kind (build or review);
    // "new projects per week" becomes "projects in progress". The index serves "what is building".
    version: 3,
    stores: { projects: 'id, roadmapId, objectiveId, [roadmapId+key], status, phase' },
    upgrade: async (tx) => {
      const stored: Partial<Settings> | undefined = await tx.table('settings').get('settings');
      const settings = settingsFromRow(stored);
      const { projects, reviews } = upgradeProgress(
        await tx.table('projects').toArray(),
        await tx.table('reviews').toArray(),
        // The upgrade runs once, at the edge: the clock is read here, never in the domain.
        Date.now(),
        settings,
      );
      if (stored) await tx.table('settings').put(settings);
      await tx.table('projects').bulkPut(projects);
      await tx.table('reviews').bulkPut(reviews);
    },
  }),
  schemaVersion({
    // This device's copy of the state synced through the browser's sync storage. A database
    // upgraded to it has no baseline yet, so its first sync pulls before it pushes.
    version: 4,
    stores: { syncReplica: 'id' },
  }),
  schemaVersion({
    // The linked note file (its handle and the text last taken in) and the versions of it that
    // Waymark's own writes replaced: device-local, never backed up or synced.
    version: 5,
    stores: { noteLink: 'id', noteVersions: 'id, savedAt' },
  }),
];
