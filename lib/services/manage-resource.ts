import type { WaymarkDatabase } from '../db/database';
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
    if (!resource || !target || target.archived)
      throw new UserError('That project is no longer in your roadmap.');
    const duplicate = await db.resources.where({ projectId, url: resource.url }).first();
    if (duplicate) await db.resources.delete(resource.id);
    else await db.resources.put({ ...resource, projectId });
  });
}

/** Remembers when a page was last opened, so Continue knows where the user left off. */
export async function markResourceOpened(db: WaymarkDatabase, resourceId: string, now: number) {
  await db.resources.update(resourceId, { lastOpenedAt: now });
}
