import type { WaymarkDatabase } from '../db/database';
import { findSamePage } from '../db/resource-repository';
import { checkAttachable } from '../domain/tabs/check-attachable';
import { classifyResource } from '../domain/tabs/classify-resource';
import type { AttachVia, Resource } from '../domain/types';

export interface AttachRequest {
  projectId: string;
  url: string | undefined;
  title: string | undefined;
  via: AttachVia;
  now: number;
  /** The id of a new row; a fresh UUID unless given. */
  newId?: () => string;
}

export type AttachResult =
  | {
      ok: true;
      resource: Resource;
      projectTitle: string;
      updated: boolean;
      /** The row as it was before an update, so an undo can put it back. */
      previous?: Resource;
    }
  | { ok: false; reason: string };

const MAX_TITLE_LENGTH = 500;

/**
 * Files a page under a project. The same page attached twice (same key, see normalise-url.ts)
 * updates the first, never duplicates.
 */
export async function attachResource(
  db: WaymarkDatabase,
  request: AttachRequest,
): Promise<AttachResult> {
  // Refuse before opening a transaction: a browser page costs no database work.
  const check = checkAttachable(request.url);
  if (!check.ok) return check;
  return db.transaction('rw', db.projects, db.resources, () => putResource(db, request));
}

/**
 * The write itself; call it inside a transaction over projects and resources. Refusals are
 * returned, never thrown, so one refused tab does not abort a bulk transaction.
 */
export async function putResource(
  db: WaymarkDatabase,
  request: AttachRequest,
): Promise<AttachResult> {
  const check = checkAttachable(request.url);
  if (!check.ok) return check;
  const url = check.url;
  const title = cleanTitle(request.title) || url;
  const project = await db.projects.get(request.projectId);
  if (!project || project.archived) {
    return { ok: false, reason: 'That project is no longer in your roadmap.' };
  }
  // The same page may be there under another address (an anchor, a lost fragment): the newest
  // address is the one the user just had open, so the row opens that.
  const existing = await findSamePage(db, project.id, url);
  const resource: Resource = existing
    ? { ...existing, url, title, kind: classifyResource(url, title) }
    : {
        id: request.newId?.() ?? crypto.randomUUID(),
        projectId: project.id,
        url,
        title,
        kind: classifyResource(url, title),
        attachedAt: request.now,
        via: request.via,
      };
  await db.resources.put(resource);
  return existing
    ? { ok: true, resource, projectTitle: project.title, updated: true, previous: existing }
    : { ok: true, resource, projectTitle: project.title, updated: false };
}

function cleanTitle(title: string | undefined): string {
  // Titles are stored and shown as text; only control characters and excess length go.
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f]+/g;
  return (title ?? '').replace(controls, ' ').trim().slice(0, MAX_TITLE_LENGTH);
}
