import type { WaymarkDatabase } from './database';

/** Resources per project, read from the index alone so no resource row is loaded. */
export async function countResourcesByProject(db: WaymarkDatabase): Promise<Map<string, number>> {
  const projectIds = (await db.resources.orderBy('projectId').keys()) as string[];
  const counts = new Map<string, number>();
  for (const id of projectIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
