import type { WaymarkDatabase } from '../../lib/db/database';
import { BACKUP_TABLES } from '../../lib/services/backup-format';

/** Every row of every table of the user's data, in key order: what "nothing changed" compares. */
export async function userData(db: WaymarkDatabase) {
  const tables: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) tables[name] = await db.table(name).toArray();
  return tables;
}
