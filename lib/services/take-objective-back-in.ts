import type { WaymarkDatabase } from '../db/database';
import { readSettings } from '../db/settings-repository';
import { withObjectiveLeftOut } from '../domain/roadmap/with-objective-left-out';
import { UserError } from './user-error';

/**
 * Takes an objective left out of imports back in. Its projects return at the next import; a
 * linked note has not changed, so its next check is told to look anyway and offer them.
 */
export async function takeObjectiveBackIn(db: WaymarkDatabase, title: string): Promise<void> {
  await db.transaction('rw', db.settings, db.noteLink, async () => {
    const settings = await readSettings(db);
    const leftOut = withObjectiveLeftOut(settings.leftOutObjectives, title, false);
    if (leftOut.length === settings.leftOutObjectives.length)
      throw new UserError(`“${title}” is not left out.`);
    await db.settings.put({ ...settings, leftOutObjectives: leftOut });
    await db.noteLink.update('note', { pending: true });
  });
}
