import type { WaymarkDatabase } from '../db/database';
import { readLiveRows } from '../db/roadmap-repository';
import { readSettings } from '../db/settings-repository';
import { moveObjective, orderObjectives } from '../domain/roadmap/objective-order';
import { UserError } from './user-error';

/**
 * Moves one objective to `toIndex` among the live objectives, as they are ordered at that moment
 * (so two pages reordering at once never lose a move). Planning follows the new order at once.
 */
export async function moveObjectiveTo(db: WaymarkDatabase, objectiveId: string, toIndex: number) {
  await db.transaction('rw', db.settings, db.objectives, async () => {
    const [settings, objectives] = await Promise.all([
      readSettings(db),
      readLiveRows(db.objectives),
    ]);
    const current = orderObjectives(objectives, settings.objectiveOrder).map((o) => o.id);
    if (!current.includes(objectiveId))
      throw new UserError('That objective is no longer in your roadmap.');
    const next = moveObjective(current, objectiveId, toIndex);
    if (next !== current) await db.settings.put({ ...settings, objectiveOrder: [...next] });
  });
}

/** Back to the note's own order. */
export async function resetObjectiveOrder(db: WaymarkDatabase) {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ ...(await readSettings(db)), objectiveOrder: [] });
  });
}
