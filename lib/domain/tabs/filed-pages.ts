import type { Project, Resource } from '../types';
import { legacyPageKey, normaliseUrl } from './normalise-url';

/** One project a page is filed under. */
export interface FiledPage {
  resourceId: string;
  projectId: string;
  projectTitle: string;
}

/** Every filed page by its key (normaliseUrl), its projects newest attach first. */
export type FiledPages = ReadonlyMap<string, readonly FiledPage[]>;

/** Built once per change of the attached pages, so a lookup per tab is one map read. */
export function buildFiledPages(
  resources: ReadonlyArray<Pick<Resource, 'id' | 'projectId' | 'url' | 'attachedAt'>>,
  projects: ReadonlyArray<Pick<Project, 'id' | 'title'>>,
): FiledPages {
  const titles = new Map(projects.map((project) => [project.id, project.title]));
  const newestFirst = [...resources].sort((a, b) => b.attachedAt - a.attachedAt);
  const pages = new Map<string, FiledPage[]>();
  for (const resource of newestFirst) {
    const projectTitle = titles.get(resource.projectId);
    // A page whose project is gone is filed nowhere the user can see.
    if (projectTitle === undefined) continue;
    const key = normaliseUrl(resource.url);
    const filed = { resourceId: resource.id, projectId: resource.projectId, projectTitle };
    const known = pages.get(key);
    if (known) known.push(filed);
    else pages.set(key, [filed]);
  }
  return pages;
}

/** The projects a tab's address is filed under, also under the key an older version used. */
export function filedPagesFor(pages: FiledPages, url: string | undefined | null): FiledPage[] {
  if (!url) return [];
  const legacy = legacyPageKey(url);
  const older = legacy === null ? [] : (pages.get(legacy) ?? []);
  return [...(pages.get(normaliseUrl(url)) ?? []), ...older];
}
