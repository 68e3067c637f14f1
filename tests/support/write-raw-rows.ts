import type { WaymarkDatabase } from '../../lib/db/database';

/**
 * Puts rows straight into IndexedDB, past every check Waymark's own writes go through: data as an
 * older version, or a future bug, may have left it.
 */
export async function writeRawRows(
  db: WaymarkDatabase,
  table: string,
  rows: readonly unknown[],
): Promise<void> {
  const idb = (await db.open()).backendDB();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(table, 'readwrite');
    const store = tx.objectStore(table);
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}
