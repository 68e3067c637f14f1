import type { FiledPage } from './filed-pages';
import type { PickableRoadmap } from './pickable-roadmap';
import type { Suggestion } from './score-suggestions';

/** A page to suggest a project for: a tab, or the target of a right-clicked link. */
export interface PageRef {
  url: string | undefined;
  title: string | undefined;
}

/** A suggestion with the names the menu, the badge and the popup show. */
export interface TabSuggestion extends Suggestion {
  projectTitle: string;
  objectiveTitle: string;
}

/** For each page its suggestions and the projects it is filed under, and the project names. */
export interface TabLookup {
  suggestions: TabSuggestion[][];
  filed: FiledPage[][];
  roadmap: PickableRoadmap;
}
