import type { FiledPage } from './filed-pages';

/** What the toolbar icon shows for the active tab while no feedback is flashing. */
export interface ToolbarState {
  text: string;
  title: string;
}

/** Long project titles are cut so the tooltip stays one line. */
const TITLE_CHARS = 60;

export const RESTING_TOOLBAR: ToolbarState = { text: '', title: 'Waymark' };

/** "In Build Git" (and how many more) for a filed page; the plain name otherwise. */
export function toolbarStateFor(filed: readonly FiledPage[]): ToolbarState {
  const [first] = filed;
  if (!first) return RESTING_TOOLBAR;
  const more = filed.length - 1;
  return {
    text: '✓',
    title: `Waymark: ${filedLabel(first.projectTitle)}${more > 0 ? ` and ${more} more` : ''}`,
  };
}

/** "In <project>", cut to a tooltip's length. */
function filedLabel(projectTitle: string): string {
  const title =
    projectTitle.length > TITLE_CHARS ? `${projectTitle.slice(0, TITLE_CHARS - 1)}…` : projectTitle;
  return `In ${title}`;
}
