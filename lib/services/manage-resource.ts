import type { WaymarkDatabase } from '../db/database';
import { findSamePage } from '../db/resource-repository';
import { withoutKeys } from '../domain/optional-keys';
import { mergeReadState } from '../domain/reading/merge-read-state';
import { normaliseUrl } from '../domain/tabs/normalise-url';
import { PAGE_GONE } from './page-reading';
import { UserError } from './user-error';

export async function detachResource(db: WaymarkDatabase, resourceId: string) {
  await db.resources.delete(resourceId);
}

/** Moves a resource to another project; if that project already has the page, the two merge. */
export async function moveResource(db: WaymarkDatabase, resourceId: string, projectId: string) {
  await db.transaction('rw', db.resources, db.projects, async () => {
    const [resource, target] = await Promise.all([
      db.resources.get(resourceId),
      db.projects.get(projectId),
    ]);
    if (!resource) throw new UserError(PAGE_GONE);
    if (!target || target.archived)
      throw new UserError('That project is no longer in your roadmap.');
    const duplicate = await findSamePage(db, projectId, resource.url);
    if (!duplicate || duplicate.id === resource.id) {
      await db.resources.put({ ...resource, projectId });
      return;
    }
    await db.resources.delete(resource.id);
    // A target row that matched only without its content fragment lost it: keep the one that works.
    const url =
      normaliseUrl(duplicate.url) !== normaliseUrl(resource.url) ? resource.url : duplicate.url;
    const kept = {
      ...withoutKeys(duplicate, 'readAt', 'note'),
      url,
      ...mergeReadState(duplicate, resource),
    };
    await db.resources.put(kept);
  });
}

/** Remembers when a page was last opened, so Continue knows where the user left off. */
export async function markResourceOpened(db: WaymarkDatabase, resourceId: string, now: number) {
  await db.resources.update(resourceId, { lastOpenedAt: now });
}
