import { legacyPageKey, normaliseUrl } from '../domain/tabs/normalise-url';
import type { Resource } from '../domain/types';
import type { WaymarkDatabase } from './database';

/** Resources per project, read from the index alone so no resource row is loaded. */
export async function countResourcesByProject(db: WaymarkDatabase): Promise<Map<string, number>> {
  const projectIds = (await db.resources.orderBy('projectId').keys()) as string[];
  const counts = new Map<string, number>();
  for (const id of projectIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * The project's row for the page at `url`, if it has one: the row with that exact address, else
 * one whose address has the same key (another anchor, a trailing slash), else a row without a
 * fragment where an older Waymark would have stored this page, dropping the content fragment it
 * needs (re-attaching repairs it). Call it inside a transaction.
 */
export async function findSamePage(
  db: WaymarkDatabase,
  projectId: string,
  url: string,
): Promise<Resource | undefined> {
  const rows = await db.resources.where('projectId').equals(projectId).toArray();
  const exact = rows.find((row) => row.url === url);
  if (exact) return exact;
  const keyed = rows.map((row) => ({ row, key: normaliseUrl(row.url) }));
  const key = normaliseUrl(url);
  const legacy = legacyPageKey(url);
  return (
    keyed.find((entry) => entry.key === key)?.row ??
    (legacy === null
      ? undefined
      : keyed.find((entry) => entry.key === legacy && !entry.row.url.includes('#'))?.row)
  );
}
