import type { WaymarkDatabase } from '../db/database';
import { withOptional } from '../domain/optional-keys';
import { cleanPageNote, MAX_PAGE_NOTE_LENGTH } from '../domain/reading/page-note';
import type { Resource } from '../domain/types';
import { UserError } from './user-error';

export const PAGE_GONE = 'That page is no longer attached to a project.';

/** Rewrites one attached page in its own transaction; refuses a page that is gone. */
function updatePage(
  db: WaymarkDatabase,
  resourceId: string,
  change: (page: Resource) => Resource,
): Promise<Resource> {
  return db.transaction('rw', db.resources, async () => {
    const page = await db.resources.get(resourceId);
    if (!page) throw new UserError(PAGE_GONE);
    const next = change(page);
    if (next !== page) await db.resources.put(next);
    return next;
  });
}

/** Marks a page read at `now`, or back to unread; a page already in that state keeps its time. */
export function setResourceRead(
  db: WaymarkDatabase,
  resourceId: string,
  read: boolean,
  now: number,
): Promise<Resource> {
  return updatePage(db, resourceId, (page) =>
    read === (page.readAt !== undefined)
      ? page
      : withOptional(page, 'readAt', read ? now : undefined),
  );
}

/** Keeps the user's note on a page as one trimmed line; an empty note removes it. */
export async function setResourceNote(
  db: WaymarkDatabase,
  resourceId: string,
  typed: string,
): Promise<Resource> {
  const note = cleanPageNote(typed);
  if (note !== null && note.length > MAX_PAGE_NOTE_LENGTH) {
    throw new UserError(`A page’s note is at most ${MAX_PAGE_NOTE_LENGTH} characters.`);
  }
  return updatePage(db, resourceId, (page) => withOptional(page, 'note', note ?? undefined));
}

/**
 * Marks the given pages of a project read at `now`; call it inside a transaction over resources.
 * Pages that are gone, belong elsewhere or are read already are left as they are.
 */
export async function markProjectPagesRead(
  db: WaymarkDatabase,
  projectId: string,
  resourceIds: readonly string[],
  now: number,
) {
  const pages = await db.resources.bulkGet([...new Set(resourceIds)]);
  const toMark = pages.filter(
    (p): p is Resource => p !== undefined && p.projectId === projectId && p.readAt === undefined,
  );
  if (toMark.length > 0) await db.resources.bulkPut(toMark.map((p) => ({ ...p, readAt: now })));
}
