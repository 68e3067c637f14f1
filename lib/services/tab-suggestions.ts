import type { WaymarkDatabase } from '../db/database';
import { watchSuggestionInput, type SuggestionInput } from '../db/suggestion-input';
import { checkAttachable } from '../domain/tabs/check-attachable';
import { suggestProjects } from '../domain/tabs/suggest-projects';
import { buildSuggestionIndex, type SuggestionIndex } from '../domain/tabs/suggestion-index';
import type { PageRef, TabSuggestion } from '../domain/tabs/tab-suggestion';
import type { StartupGate } from './startup-gate';

export interface SuggestionKeeper {
  /** Suggestions per page, best first; waits for the first index build. */
  suggest: (pages: PageRef[], limit?: number) => Promise<TabSuggestion[][]>;
  stop: () => void;
}

interface Built {
  index: SuggestionIndex;
  names: Map<string, { projectTitle: string; objectiveTitle: string }>;
}

/**
 * Keeps one suggestion index for the life of the service worker: built from the database once,
 * rebuilt after changes settle (an import or a bulk attach fires many), never per tab.
 */
export function keepSuggestionIndex(
  db: WaymarkDatabase,
  options: {
    delayMs: number;
    onError: (error: unknown) => void;
    onRebuilt?: () => void;
    gate?: StartupGate;
  },
): SuggestionKeeper {
  let built: Built | null = null;
  let markReady: () => void = () => {};
  let markFailed: (error: unknown) => void = () => {};
  // Settles with the first build or its failure, so no caller waits for ever on a failed read.
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // Reported through onError; only a caller waiting for suggestions needs to see it.
  ready.catch(() => {});
  const stop = watchSuggestionInput(
    db,
    options.delayMs,
    (input: SuggestionInput) => {
      built = buildIndex(input);
      markReady();
      options.onRebuilt?.();
    },
    (error) => {
      markFailed(error);
      options.onError(error);
    },
    options.gate?.opened,
  );

  return {
    async suggest(pages, limit) {
      // A later rebuild that worked answers even after a first one that failed.
      if (!built) {
        options.gate?.open();
        await ready;
      }
      const current = built as Built | null;
      return pages.map((page) => (current ? suggestFor(current, page, limit) : []));
    },
    stop,
  };
}

function buildIndex(input: SuggestionInput): Built {
  const objectives = new Map(input.objectives.map((objective) => [objective.id, objective.title]));
  const names = new Map(
    input.projects.map((project) => [
      project.id,
      { projectTitle: project.title, objectiveTitle: objectives.get(project.objectiveId) ?? '' },
    ]),
  );
  return { index: buildSuggestionIndex(input), names };
}

function suggestFor(built: Built, page: PageRef, limit?: number): TabSuggestion[] {
  const check = checkAttachable(page.url);
  if (!check.ok) return [];
  return suggestProjects(built.index, { url: check.url, title: page.title ?? '' }, limit).flatMap(
    (suggestion) => {
      const name = built.names.get(suggestion.projectId);
      return name ? [{ ...suggestion, ...name }] : [];
    },
  );
}
