import type { WaymarkDatabase } from '../../db/database';
import { readSettings } from '../../db/settings-repository';
import type { LocalRows, RowChanges } from '../../domain/sync/local-rows';

/** The tables sync reads and writes, with the replica: one transaction holds them all. */
export function syncedTables(db: WaymarkDatabase) {
  return [
    db.roadmaps,
    db.objectives,
    db.projects,
    db.resources,
    db.reviews,
    db.settings,
    db.syncReplica,
  ];
}

/** The user's rows as sync sees them; call inside a transaction over `syncedTables`. */
export async function readLocalRows(db: WaymarkDatabase): Promise<LocalRows> {
  return {
    roadmap: await db.roadmaps.toCollection().first(),
    objectives: await db.objectives.toArray(),
    projects: await db.projects.toArray(),
    resources: await db.resources.toArray(),
    reviews: await db.reviews.toArray(),
    settings: await readSettings(db),
  };
}

/**
 * Writes what sync changed; call inside a transaction over `syncedTables`. Deletions go first, so a
 * page moved to a new row id never meets its old row in the unique page index.
 */
export async function writeRowChanges(db: WaymarkDatabase, changes: RowChanges): Promise<void> {
  const { put, remove } = changes;
  // An empty bulk call still tells every watcher the table changed: skip those.
  const removeFrom = (table: { bulkDelete(ids: string[]): Promise<void> }, ids: string[]) =>
    ids.length > 0 ? table.bulkDelete(ids) : undefined;
  const putInto = <T>(table: { bulkPut(rows: T[]): Promise<unknown> }, rows: T[]) =>
    rows.length > 0 ? table.bulkPut(rows) : undefined;
  await removeFrom(db.reviews, remove.reviews);
  await removeFrom(db.resources, remove.resources);
  await removeFrom(db.projects, remove.projects);
  await removeFrom(db.objectives, remove.objectives);
  await putInto(db.roadmaps, put.roadmaps);
  await putInto(db.objectives, put.objectives);
  await putInto(db.projects, put.projects);
  await putInto(db.resources, put.resources);
  await putInto(db.reviews, put.reviews);
  await putInto(db.settings, put.settings);
}

/** How many rows a change set writes or deletes. */
export function countRowChanges(changes: RowChanges): number {
  return [...Object.values(changes.put), ...Object.values(changes.remove)].reduce(
    (sum, rows) => sum + rows.length,
    0,
  );
}
