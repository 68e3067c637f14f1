import { createDatabase, type WaymarkDatabase } from '../db/database';
import { describeStorageError } from '../db/storage-error';

export type OpenResult = { ok: true; db: WaymarkDatabase } | { ok: false; message: string };

/**
 * Opens the database for a page, turning a failed open, a failed upgrade or a database blocked by
 * another Waymark page into a message. Nothing is ever deleted to recover.
 */
export async function openDatabaseForPage(
  onBlocked: (message: string) => void,
): Promise<OpenResult> {
  const db = createDatabase();
  db.on('blocked', () =>
    onBlocked(
      'Waymark is being updated in another tab. Close other Waymark tabs, then reload this one.',
    ),
  );
  db.on('versionchange', () => {
    db.close();
    onBlocked('Waymark was updated in another tab. Reload this page to continue.');
    return false;
  });
  try {
    await db.open();
    return { ok: true, db };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}
