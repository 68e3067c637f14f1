import type { WaymarkDatabase } from '../db/database';
import type { AttachUndoEntry } from '../domain/tabs/attach-undo';

/**
 * Takes an attach back: rows it added are deleted, rows it updated get their earlier version.
 * Newest first, so a page attached twice in one batch ends as it was before the batch.
 */
export async function undoAttach(
  db: WaymarkDatabase,
  entries: readonly AttachUndoEntry[],
): Promise<{ removed: number; restored: number }> {
  return db.transaction('rw', db.resources, async () => {
    let removed = 0;
    let restored = 0;
    for (const { resource, previous } of [...entries].reverse()) {
      if (previous) {
        await db.resources.put(previous);
        restored += 1;
      } else if (await db.resources.get(resource.id)) {
        await db.resources.delete(resource.id);
        removed += 1;
      }
    }
    return { removed, restored };
  });
}
