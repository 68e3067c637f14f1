import { normaliseUrl } from '../tabs/normalise-url';
import type { Project, Resource } from '../types';
import { pageId } from './sync-ids';
import type { SyncedPage } from './sync-state';

/** The page id a resource row stands for under its project. */
export function pageIdOf(project: Pick<Project, 'key'>, resource: Pick<Resource, 'url'>): string {
  return pageId(project.key, normaliseUrl(resource.url));
}

/**
 * The attached pages the rows hold, by page id: the first row of each page wins when two
 * addresses of one page are attached to one project.
 */
export function pagesOfRows(rows: {
  projects: readonly Project[];
  resources: readonly Resource[];
}): Map<string, SyncedPage> {
  const projectById = new Map(rows.projects.map((project) => [project.id, project]));
  const pages = new Map<string, SyncedPage>();
  for (const resource of rows.resources) {
    const project = projectById.get(resource.projectId);
    if (!project || project.archived !== 0) continue;
    const id = pageIdOf(project, resource);
    if (pages.has(id)) continue;
    pages.set(id, {
      projectKey: project.key,
      url: resource.url,
      title: resource.title,
      kind: resource.kind,
      attachedAt: resource.attachedAt,
      via: resource.via,
      ...readingOf(resource),
    });
  }
  return pages;
}

/** A page's read time and note, only those it has, so rows and pages compare equal. */
export function readingOf(
  page: Pick<Resource, 'readAt' | 'note'>,
): Pick<Resource, 'readAt' | 'note'> {
  return {
    ...(page.readAt === undefined ? {} : { readAt: page.readAt }),
    ...(page.note === undefined ? {} : { note: page.note }),
  };
}
