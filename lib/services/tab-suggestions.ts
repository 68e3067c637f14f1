import { countWrites } from '../db/count-writes';
import type { WaymarkDatabase } from '../db/database';
import {
  readSuggestionInput,
  SUGGESTION_TABLES,
  watchSuggestionInput,
  type SuggestionInput,
} from '../db/suggestion-input';
import { checkAttachable } from '../domain/tabs/check-attachable';
import {
  buildFiledPages,
  filedPagesFor,
  type FiledPage,
  type FiledPages,
} from '../domain/tabs/filed-pages';
import { suggestProjects } from '../domain/tabs/suggest-projects';
import { buildSuggestionIndex, type SuggestionIndex } from '../domain/tabs/suggestion-index';
import { pickableRoadmap, type PickableRoadmap } from '../domain/tabs/pickable-roadmap';
import type { PageRef, TabLookup, TabSuggestion } from '../domain/tabs/tab-suggestion';
import type { StartupGate } from './startup-gate';

export interface SuggestionKeeper {
  /** Suggestions per page, best first; waits for the first index build. */
  suggest: (pages: PageRef[], limit?: number) => Promise<TabSuggestion[][]>;
  /** The projects an address is filed under, from the index as it is (menu and toolbar). */
  filedNow: (url: string | undefined) => FiledPage[];
  /**
   * What the popup's first screen shows, with no database read, from an index that has seen
   * every write made so far: after a write it has not seen, it is rebuilt first.
   */
  look: (pages: PageRef[]) => Promise<TabLookup>;
  stop: () => void;
}

interface Built {
  index: SuggestionIndex;
  names: Map<string, { projectTitle: string; objectiveTitle: string }>;
  filed: FiledPages;
  roadmap: PickableRoadmap;
  /** The write count when the read it was built from started. */
  covers: number;
}

/**
 * Keeps one suggestion index for the life of the service worker: built the first time a web page
 * needs it (suggestions, or the filed state of a tab's page), then rebuilt after changes settle
 * (an import or a bulk attach fires many), never per tab. A worker woken by a new tab or an alarm
 * never builds it: with 10,000 resources the build is most of a wake's work.
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
  // One writer: this keeper alone builds the index, and it knows which writes each build saw.
  const writes = countWrites(db, SUGGESTION_TABLES);
  let readStartedAt = 0;
  let markReady: () => void = () => {};
  let markFailed: (error: unknown) => void = () => {};
  // Settles with the first build or its failure, so no caller waits for ever on a failed read.
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // Reported through onError; only a caller waiting for suggestions needs to see it.
  ready.catch(() => {});
  // A read that saw no write the current build missed would build the same index again.
  const install = (input: SuggestionInput, covers: number) => {
    if (built && covers <= built.covers) return;
    built = buildIndex(input, covers);
    markReady();
    options.onRebuilt?.();
  };
  // Started by the first need; a passive one (a tab's filed state) still waits for the gate.
  let stopWatching: (() => void) | undefined;
  const demand = () => {
    stopWatching ??= watchSuggestionInput(
      db,
      options.delayMs,
      (input: SuggestionInput) => install(input, readStartedAt),
      (error) => {
        markFailed(error);
        options.onError(error);
      },
      options.gate?.opened,
      () => {
        readStartedAt = writes.current();
      },
    );
  };

  const firstBuild = async () => {
    // A later rebuild that worked answers even after a first one that failed.
    if (!built) {
      demand();
      options.gate?.open();
      await ready;
    }
    return built as Built | null;
  };
  // Someone waits for an answer: read at once instead of waiting for writes to settle.
  let rebuilding: Promise<void> | null = null;
  const rebuildNow = () =>
    (rebuilding ??= (async () => {
      const covers = writes.current();
      try {
        install(await readSuggestionInput(db), covers);
      } catch (error) {
        // The index as it is answers; the next settled change rebuilds it.
        options.onError(error);
      } finally {
        rebuilding = null;
      }
    })());
  const freshBuild = async () => {
    const current = await firstBuild();
    if (!current || current.covers === writes.current()) return current;
    await rebuildNow();
    return built as Built | null;
  };

  return {
    async suggest(pages, limit) {
      const current = await firstBuild();
      return pages.map((page) => (current ? suggestFor(current, page, limit) : []));
    },
    async look(pages) {
      const current = await freshBuild();
      return {
        suggestions: pages.map((page) => (current ? suggestFor(current, page) : [])),
        filed: pages.map((page) => (current ? filedPagesFor(current.filed, page.url) : [])),
        roadmap: current?.roadmap ?? { objectives: [], projects: [] },
      };
    },
    filedNow(url) {
      if (built) return filedPagesFor(built.filed, url);
      // Answered once the index is built (onRebuilt asks again); no page of the extension's own,
      // such as the new tab, needs it.
      if (checkAttachable(url).ok) demand();
      return [];
    },
    stop() {
      stopWatching?.();
      stopWatching = () => {}; // and no later need starts it again
      writes.stop();
    },
  };
}

function buildIndex(input: SuggestionInput, covers: number): Built {
  const objectives = new Map(input.objectives.map((objective) => [objective.id, objective.title]));
  const names = new Map(
    input.projects.map((project) => [
      project.id,
      { projectTitle: project.title, objectiveTitle: objectives.get(project.objectiveId) ?? '' },
    ]),
  );
  return {
    index: buildSuggestionIndex(input),
    names,
    filed: buildFiledPages(input.resources, input.projects),
    roadmap: pickableRoadmap(input.objectives, input.projects),
    covers,
  };
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
