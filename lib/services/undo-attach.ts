import type { WaymarkDatabase } from '../db/database';
import { withOptional } from '../domain/optional-keys';
import {
  attachUndoIds,
  checkAttachUndo,
  type AttachUndo,
  type AttachUndoState,
} from '../domain/tabs/attach-undo';
import type { Resource } from '../domain/types';
import { UserError } from './user-error';

/** The rows the attach wrote, as they are now; call it inside a transaction over resources. */
async function readUndoState(
  db: WaymarkDatabase,
  record: AttachUndo,
  now: number,
  maxAgeMs: number,
): Promise<{ state: AttachUndoState; current: Map<string, Resource> }> {
  const rows = await db.resources.bulkGet(attachUndoIds(record));
  const current = new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  return { state: checkAttachUndo(record, current, now, maxAgeMs), current };
}

/** Whether Undo should still be offered for this attach. */
export async function canUndoAttach(
  db: WaymarkDatabase,
  record: AttachUndo,
  now: number,
  maxAgeMs: number,
): Promise<boolean> {
  const { state } = await db.transaction('r', db.resources, () =>
    readUndoState(db, record, now, maxAgeMs),
  );
  return state === 'ready';
}

/**
 * Takes an attach back: rows it added are deleted, rows it updated get their earlier version.
 * Newest first, so a page attached twice in one batch ends as it was before the batch. Refused,
 * changing nothing, when the attach is older than `maxAgeMs` or a row it wrote has changed since.
 */
export async function undoAttach(
  db: WaymarkDatabase,
  record: AttachUndo,
  now: number,
  maxAgeMs: number,
): Promise<{ removed: number; restored: number }> {
  return db.transaction('rw', db.resources, async () => {
    const { state, current } = await readUndoState(db, record, now, maxAgeMs);
    if (state === 'expired') throw new UserError('That attach is too long ago to undo.');
    if (state === 'changed') {
      const pages = record.entries.length === 1 ? 'the page was' : 'the pages were';
      throw new UserError(
        `Nothing was undone: since that attach, ${pages} moved, detached or changed.`,
      );
    }
    let removed = 0;
    let restored = 0;
    for (const { resource, previous } of [...record.entries].reverse()) {
      if (previous) {
        // When the page was opened is no part of the attach: keep the latest.
        const opened = current.get(resource.id)?.lastOpenedAt ?? previous.lastOpenedAt;
        await db.resources.put(withOptional(previous, 'lastOpenedAt', opened));
        restored += 1;
      } else if (await db.resources.get(resource.id)) {
        await db.resources.delete(resource.id);
        removed += 1;
      }
    }
    return { removed, restored };
  });
}
