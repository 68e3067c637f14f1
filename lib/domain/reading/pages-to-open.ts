import type { Resource } from '../types';

/** Pages a session opens at once (and the first screen lists); the project view lists them all. */
export const PAGES_PER_SESSION = 6;

type Page = Pick<Resource, 'attachedAt' | 'lastOpenedAt' | 'readAt'>;

/** Whether a page is still to read: it is read once the user said so. */
export const isToRead = (page: Pick<Resource, 'readAt'>) => page.readAt === undefined;

/** A project's pages in the order a session uses them: still to read first, then last used first. */
export function orderForStudy<T extends Page>(pages: readonly T[]): T[] {
  const used = (p: Page) => p.lastOpenedAt ?? p.attachedAt;
  return [...pages].sort(
    (a, b) => Number(!isToRead(a)) - Number(!isToRead(b)) || used(b) - used(a),
  );
}

/** What Start opens: the pages in study order, capped, and how many of the project's are to read. */
export function pagesToOpen<T extends Page>(pages: readonly T[]) {
  const opened = orderForStudy(pages).slice(0, PAGES_PER_SESSION);
  return {
    opened,
    openedToRead: opened.filter(isToRead).length,
    toRead: pages.filter(isToRead).length,
  };
}
