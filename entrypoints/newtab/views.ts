/** The page's views, addressed by hash (#today, #roadmap...); the nav itself is static HTML. */
const VIEW_IDS = ['today', 'upcoming', 'roadmap', 'stats', 'import', 'settings'] as const;

export type ViewId = (typeof VIEW_IDS)[number];

export function viewFromHash(hash: string): ViewId {
  // `#roadmap/<project>` is the Roadmap at one project.
  const id = hash.replace(/^#/, '').split('/')[0];
  return VIEW_IDS.find((v) => v === id) ?? 'today';
}

/** Marks the nav link of the current view, for sight and for screen readers. */
export function markCurrentView(view: ViewId) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.app-nav a')) {
    if (link.hash === `#${view}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
