import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Objective, Project, Resource } from '../types';
import { isWeakWord, normaliseWord, splitCamelCase, splitWords } from './extract-words';
import { readUrlKeys } from './read-url-keys';
import { siteHost } from './site-host';
import { MAX_FUZZY_TERM_LENGTH } from './suggestion-limits';
import {
  FUZZY_WORDS,
  LINK_PATH_SEGMENTS,
  MIN_COMPOUND_PART_LENGTH,
  type MatchField,
} from './suggestion-weights';

/** Roadmap text goes to minisearch (fuzzy, prefix); attached page titles to a plain word map. */
export type RoadmapField = Exclude<MatchField, 'resources'>;
export const ROADMAP_FIELDS: RoadmapField[] = ['title', 'parts', 'children', 'links', 'objective'];

type IndexedProject = Record<RoadmapField, string> & { id: number };

/** Where a project stands and the id to report. */
interface Candidate {
  projectId: string;
  rank: number;
}

/** Lookup from a URL key to the projects (by rank) that have it, with how many pages each. */
export type UrlSignal = Map<string, Map<number, number>>;

/** Every URL key a project can share with a tab, from the same page to the same site. */
export interface UrlSignals {
  page: UrlSignal;
  repo: UrlSignal;
  owner: UrlSignal;
  host: UrlSignal;
}

export interface SuggestionIndex {
  /** Live projects in roadmap order; a project's rank is its place here. */
  readonly candidates: readonly Candidate[];
  readonly search: MiniSearch<IndexedProject>;
  /** Word of an attached page title -> projects it was attached to. */
  readonly resourceWords: ReadonlyMap<string, readonly number[]>;
  /** Stems of roadmap words long enough to find inside a run-together host (`craftinginterpreters`). */
  readonly vocabulary: ReadonlySet<string>;
  readonly longestWord: number;
  /** Stem -> a word as the user wrote it, for reasons. */
  readonly display: ReadonlyMap<string, string>;
  readonly links: UrlSignals;
  readonly attached: UrlSignals;
}

function addSignal(signal: UrlSignal, key: string | null, rank: number): void {
  if (key === null) return;
  const projects = signal.get(key);
  if (projects) projects.set(rank, (projects.get(rank) ?? 0) + 1);
  else signal.set(key, new Map([[rank, 1]]));
}

function addSignals(signals: UrlSignals, url: string, rank: number): void {
  const keys = readUrlKeys(url);
  if (!keys) return;
  addSignal(signals.page, keys.page, rank);
  addSignal(signals.repo, keys.repo, rank);
  addSignal(signals.owner, keys.owner, rank);
  addSignal(signals.host, keys.host, rank);
}

function emptySignals(): UrlSignals {
  return { page: new Map(), repo: new Map(), owner: new Map(), host: new Map() };
}

/**
 * Words of a roadmap link's path (repo owner and name, page slug). Host words are left to the
 * same-site signal, which would otherwise count twice.
 */
function linkWords(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const host = siteHost(parsed);
  const pagesOwner = host.endsWith('.github.io') ? host.split('.')[0] : '';
  return [pagesOwner ?? '', ...parsed.pathname.split('/').slice(0, LINK_PATH_SEGMENTS)].flatMap(
    splitWords,
  );
}

/** Typos a query word may have: none in short words (one edit makes another) or long ones. */
function allowedTypos(term: string): number | false {
  if (term.length > MAX_FUZZY_TERM_LENGTH) return false;
  return term.length >= FUZZY_WORDS.twoTyposLength
    ? 2
    : term.length >= FUZZY_WORDS.oneTypoLength
      ? 1
      : false;
}

/** How the index is searched for a word of a tab: by its start, and with typos. */
export const SEARCH_OPTIONS: SearchOptions = {
  // Query terms arrive already normalised.
  tokenize: (term) => [term],
  processTerm: (term) => term,
  prefix: (term) => term.length >= FUZZY_WORDS.minPrefixLength,
  fuzzy: allowedTypos,
};

/** For parts found inside a run-together word: a guessed split must match a whole word. */
export const EXACT_OPTIONS: SearchOptions = { ...SEARCH_OPTIONS, prefix: false, fuzzy: false };

/** The projects a tab may belong to: not archived, not retired, in a live objective, in order. */
function liveProjects(objectives: Map<string, Objective>, projects: Project[]): Project[] {
  return projects
    .filter((project) => {
      const objective = objectives.get(project.objectiveId);
      return project.archived === 0 && project.status !== 'retired' && objective?.archived !== 1;
    })
    .map((project, position) => ({ project, position }))
    .sort(
      (a, b) =>
        (objectives.get(a.project.objectiveId)?.order ?? 0) -
          (objectives.get(b.project.objectiveId)?.order ?? 0) ||
        a.project.order - b.project.order ||
        a.position - b.position,
    )
    .map(({ project }) => project);
}

/** Indexes the live projects once; reuse the index for every tab until the roadmap changes. */
export function buildSuggestionIndex(input: {
  objectives: Objective[];
  projects: Project[];
  resources: Resource[];
}): SuggestionIndex {
  const objectives = new Map(input.objectives.map((objective) => [objective.id, objective]));
  const live = liveProjects(objectives, input.projects);

  const rankById = new Map(live.map((project, rank) => [project.id, rank]));
  const resourceWordSets = new Map<string, Set<number>>();
  const links = emptySignals();
  const attached = emptySignals();

  // Attached titles repeat the same few words: normalise each distinct word once.
  const termOf = new Map<string, string | null>();
  for (const resource of input.resources) {
    const rank = rankById.get(resource.projectId);
    if (rank === undefined) continue;
    for (const raw of splitWords(resource.title)) {
      let term = termOf.get(raw);
      if (term === undefined) {
        term = normaliseWord(raw);
        termOf.set(raw, term);
      }
      if (term === null) continue;
      const ranks = resourceWordSets.get(term) ?? new Set<number>();
      ranks.add(rank);
      resourceWordSets.set(term, ranks);
    }
    addSignals(attached, resource.url, rank);
  }

  const documents: IndexedProject[] = live.map((project, rank) => {
    for (const link of project.links) addSignals(links, link.url, rank);
    return {
      id: rank,
      title: project.title,
      parts: splitWords(project.title).flatMap(splitCamelCase).join(' '),
      children: project.children.join(' \n '),
      links: project.links
        .map((link) => `${link.label} ${linkWords(link.url).join(' ')}`)
        .join(' \n '),
      objective: objectives.get(project.objectiveId)?.title ?? '',
    };
  });

  const search = new MiniSearch<IndexedProject>({
    fields: ROADMAP_FIELDS,
    idField: 'id',
    tokenize: (text) => splitWords(text),
    processTerm: (term) => normaliseWord(term),
    searchOptions: SEARCH_OPTIONS,
  });
  search.addAll(documents);

  const vocabulary = new Set<string>();
  const display = new Map<string, string>();
  for (const doc of documents) {
    for (const raw of splitWords(`${doc.title} ${doc.parts} ${doc.children} ${doc.links}`)) {
      const term = normaliseWord(raw);
      if (term === null) continue;
      if (!display.has(term)) display.set(term, raw.toLowerCase());
      if (term.length >= MIN_COMPOUND_PART_LENGTH && !isWeakWord(term)) vocabulary.add(term);
    }
  }
  // A loop, not Math.max(...): spreading a large roadmap's words overflows the call stack.
  let longestWord = 0;
  for (const term of vocabulary) longestWord = Math.max(longestWord, term.length);

  const resourceWords = new Map<string, number[]>();
  for (const [term, ranks] of resourceWordSets) resourceWords.set(term, [...ranks]);

  return {
    candidates: live.map((project, rank) => ({ projectId: project.id, rank })),
    search,
    resourceWords,
    vocabulary,
    longestWord,
    display,
    links,
    attached,
  };
}
