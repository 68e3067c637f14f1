import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Objective, Project, Resource } from '../types';
import { isWeakWord, normaliseWord, splitCamelCase, splitWords } from './extract-words';
import { normaliseParsedUrl } from './normalise-url';
import { ownerKey, readRepository, repositoryKey } from './read-repository';
import {
  capSuggestionPage,
  capWord,
  MAX_FUZZY_TERM_LENGTH,
  MAX_QUERY_TERMS,
  MAX_URL_WORDS,
} from './suggestion-limits';

export interface Suggestion {
  projectId: string;
  /** 0..1; anything returned is at least MIN_SCORE. */
  score: number;
  /** Plain-words evidence, strongest first. */
  reasons: string[];
}

/** Below this the best guess is a guess: say nothing rather than nudge the user wrong. */
export const MIN_SCORE = 0.3;
/** Runners-up must be at least this share of the best, so one clear match stands alone. */
const RELATIVE_CUT = 0.5;
const DEFAULT_LIMIT = 3;
/** Weak words may add up to this much evidence, which alone stays below MIN_SCORE. */
const WEAK_CAP = 0.3;
const WEAK_FACTOR = 0.35;
const BOTH_BONUS = 1.25;

type Field = 'title' | 'parts' | 'children' | 'links' | 'resources' | 'objective';
/** Roadmap text goes to minisearch (fuzzy, prefix); attached page titles to a plain word map. */
type RoadmapField = Exclude<Field, 'resources'>;
const ROADMAP_FIELDS: RoadmapField[] = ['title', 'parts', 'children', 'links', 'objective'];
/** A word in attached pages of more projects than this is background noise: skip the lookup. */
const MAX_RESOURCE_SPREAD = 60;

/** How much a word found in each field says about the project. */
const FIELD_WEIGHT: Record<Field, number> = {
  title: 0.9,
  // Camel-case parts of the title ("tiny" in TinyGrad): a hint, never enough alone.
  parts: 0.3,
  children: 0.6,
  links: 0.6,
  resources: 0.45,
  objective: 0.25,
};

const FIELD_REASON: Record<Field, string> = {
  title: 'title matches',
  parts: 'title contains',
  children: 'breakdown mentions',
  links: 'roadmap link mentions',
  resources: 'pages you attached mention',
  objective: 'objective matches',
};

/** Sites shared by every topic: being on them says nothing about the project. */
const HUB_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'codeberg.org',
  'huggingface.co',
  'gist.github.com',
  'youtube.com',
  'youtu.be',
  'm.youtube.com',
  'vimeo.com',
  'medium.com',
  'substack.com',
  'dev.to',
  'google.com',
  'docs.google.com',
  'drive.google.com',
  'wikipedia.org',
  'en.wikipedia.org',
  'reddit.com',
  'old.reddit.com',
  'twitter.com',
  'x.com',
  'news.ycombinator.com',
  'lobste.rs',
  'stackoverflow.com',
  'arxiv.org',
  'dl.acm.org',
  'usenix.org',
  'linkedin.com',
  'amazon.com',
  'web.archive.org',
  'notion.so',
  'coursera.org',
  'udemy.com',
]);

/** Host labels that name no topic (`docs.`, `www.`, `en.`) or only the hosting service. */
const HOST_NOISE = new Set([
  'www',
  'm',
  'docs',
  'doc',
  'api',
  'blog',
  'en',
  'dev',
  'app',
  'developer',
  'developers',
  'wiki',
  'github',
  'gitlab',
  'io',
  'co',
  'com',
  'org',
  'net',
]);

interface IndexedProject {
  id: number;
  title: string;
  parts: string;
  children: string;
  links: string;
  objective: string;
}

/** Where a project stands and the id to report. */
interface Candidate {
  projectId: string;
  rank: number;
}

/** Lookup from a URL key to the projects that have it, with how many pages each. */
type UrlSignal = Map<string, Map<number, number>>;

export interface SuggestionIndex {
  readonly candidates: readonly Candidate[];
  readonly search: MiniSearch<IndexedProject>;
  /** Word of an attached page title -> projects it was attached to. */
  readonly resourceWords: ReadonlyMap<string, readonly number[]>;
  /** Stems of roadmap words long enough to find inside a run-together host (`craftinginterpreters`). */
  readonly vocabulary: ReadonlySet<string>;
  readonly longestWord: number;
  /** Stem -> a word as the user wrote it, for reasons. */
  readonly display: ReadonlyMap<string, string>;
  readonly links: { page: UrlSignal; repo: UrlSignal; owner: UrlSignal; host: UrlSignal };
  readonly attached: { page: UrlSignal; repo: UrlSignal; owner: UrlSignal; host: UrlSignal };
}

interface UrlKeys {
  page: string;
  repo: string | null;
  owner: string | null;
  host: string | null;
  ownerName: string | null;
}

/** One parse per URL: the index reads one per attached page, thousands at a time. */
function readUrlKeys(url: string): UrlKeys | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const page = normaliseParsedUrl(parsed);
  if (page === null) return null;
  const ref = readRepository(parsed);
  const host = parsed.hostname.replace(/\.$/, '').replace(/^www\./, '');
  return {
    page,
    repo: repositoryKey(ref),
    owner: ownerKey(ref),
    ownerName: ref?.owner ?? null,
    host: HUB_HOSTS.has(host) || host.endsWith('.github.io') ? null : host,
  };
}

function addSignal(signal: UrlSignal, key: string | null, rank: number): void {
  if (key === null) return;
  const projects = signal.get(key);
  if (projects) projects.set(rank, (projects.get(rank) ?? 0) + 1);
  else signal.set(key, new Map([[rank, 1]]));
}

function emptySignals() {
  return { page: new Map(), repo: new Map(), owner: new Map(), host: new Map() } as const;
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
  const pagesOwner = parsed.hostname.endsWith('.github.io') ? parsed.hostname.split('.')[0] : '';
  return [pagesOwner ?? '', ...parsed.pathname.split('/').slice(0, 8)].flatMap(splitWords);
}

/** Typos a query word may have: none in short words (one edit makes another) or long ones. */
function allowedTypos(term: string): number | false {
  if (term.length > MAX_FUZZY_TERM_LENGTH) return false;
  return term.length >= 10 ? 2 : term.length >= 6 ? 1 : false;
}

const SEARCH_OPTIONS: SearchOptions = {
  // Query terms arrive already normalised.
  tokenize: (term) => [term],
  processTerm: (term) => term,
  prefix: (term) => term.length >= 5,
  fuzzy: allowedTypos,
};

const EXACT_OPTIONS: SearchOptions = { ...SEARCH_OPTIONS, prefix: false, fuzzy: false };

/** Indexes the live projects once; reuse the index for every tab until the roadmap changes. */
export function buildSuggestionIndex(input: {
  objectives: Objective[];
  projects: Project[];
  resources: Resource[];
}): SuggestionIndex {
  const objectives = new Map(input.objectives.map((objective) => [objective.id, objective]));
  const live = input.projects
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
    const keys = readUrlKeys(resource.url);
    if (!keys) continue;
    addSignal(attached.page, keys.page, rank);
    addSignal(attached.repo, keys.repo, rank);
    addSignal(attached.owner, keys.owner, rank);
    addSignal(attached.host, keys.host, rank);
  }

  const documents: IndexedProject[] = live.map((project, rank) => {
    for (const link of project.links) {
      const keys = readUrlKeys(link.url);
      if (!keys) continue;
      addSignal(links.page, keys.page, rank);
      addSignal(links.repo, keys.repo, rank);
      addSignal(links.owner, keys.owner, rank);
      addSignal(links.host, keys.host, rank);
    }
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
      if (term.length >= 6 && !isWeakWord(term)) vocabulary.add(term);
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

interface QueryTerm {
  term: string;
  /** How much the place the word came from says (title > URL path). */
  weight: number;
  /** Seen in the tab title and in its address: the page is about it, not just mentioning it. */
  origins: Set<'title' | 'url'>;
  /** Found inside a run-together word: exact search only. */
  exact: boolean;
}

/** Roadmap words hidden in a run-together host or path word (`craftinginterpreters`). */
function findCompoundParts(index: SuggestionIndex, word: string): string[] {
  const found: string[] = [];
  for (let start = 0; start + 6 <= word.length; start += 1) {
    const maxEnd = Math.min(word.length, start + index.longestWord);
    for (let end = maxEnd; end >= start + 6; end -= 1) {
      const part = word.slice(start, end);
      if (index.vocabulary.has(part)) {
        found.push(part);
        break;
      }
    }
  }
  return found;
}

function collectQueryTerms(
  index: SuggestionIndex,
  tab: { url: string; title: string },
): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  const add = (
    term: string | null,
    weight: number,
    exact: boolean,
    origin: 'title' | 'url' = 'url',
  ) => {
    if (term === null) return;
    const known = terms.get(term);
    if (!known) terms.set(term, { term, weight, exact, origins: new Set([origin]) });
    else {
      known.origins.add(origin);
      if (known.weight < weight) Object.assign(known, { weight, exact });
    }
  };

  // Every word is capped before it is normalised, searched or taken apart.
  const words = (text: string) => splitWords(text).map(capWord);
  let urlWordsLeft = MAX_URL_WORDS;
  const urlWords = (text: string) => {
    const found = words(text).slice(0, urlWordsLeft);
    urlWordsLeft -= found.length;
    return found;
  };
  for (const raw of words(tab.title)) add(normaliseWord(raw), 1, false, 'title');

  let parsed: URL | null = null;
  try {
    parsed = new URL(tab.url);
  } catch {
    parsed = null;
  }
  if (parsed) {
    const repo = readRepository(parsed);
    for (const part of [repo?.owner, repo?.name]) {
      for (const raw of urlWords(part ?? '')) add(normaliseWord(raw), 1, false);
    }
    const host = parsed.hostname.replace(/^www\./, '');
    const labels = host
      .split('.')
      .slice(0, -1)
      .filter((label) => !HOST_NOISE.has(label));
    const isVideoHost = /(^|\.)(youtube\.com|youtu\.be|vimeo\.com)$/.test(host);
    const segments = isVideoHost ? [] : parsed.pathname.split('/').slice(1, 7);
    for (const [source, weight] of [
      [labels, 0.9],
      [segments, 0.7],
    ] as const) {
      for (const chunk of source) {
        // Ids and hashes in paths are not words.
        if (/\d{4,}|[0-9a-f]{12,}/i.test(chunk)) continue;
        for (const raw of urlWords(chunk)) {
          const term = normaliseWord(raw);
          add(term, weight, false);
          const lower = raw.toLowerCase();
          if (lower.length >= 8 && term !== null && !index.vocabulary.has(term)) {
            for (const part of findCompoundParts(index, lower)) add(part, weight * 0.7, true);
          }
        }
      }
    }
  }
  return [...terms.values()]
    .map((query) =>
      query.origins.size > 1 ? { ...query, weight: query.weight * BOTH_BONUS } : query,
    )
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_QUERY_TERMS);
}

interface Evidence {
  value: number;
  weak: boolean;
  field: Field;
  docTerm: string;
}

function describeEvidence(index: SuggestionIndex, evidence: Evidence): string {
  return `${FIELD_REASON[evidence.field]} “${index.display.get(evidence.docTerm) ?? evidence.docTerm}”`;
}

/** 1 for an exact word, less for a longer word starting with it, least for a near spelling. */
function matchQuality(term: string, docTerm: string): number {
  if (docTerm === term) return 1;
  if (docTerm.startsWith(term)) return docTerm.length - term.length <= 3 ? 0.6 : 0.3;
  return 0.35;
}

function collectTextEvidence(
  index: SuggestionIndex,
  queryTerms: QueryTerm[],
): Map<number, Map<string, Evidence>> {
  const byProject = new Map<number, Map<string, Evidence>>();
  const record = (rank: number, docTerm: string, value: number, weak: boolean, field: Field) => {
    const scaled = weak ? value * WEAK_FACTOR : value;
    let evidence = byProject.get(rank);
    if (!evidence) {
      evidence = new Map<string, Evidence>();
      byProject.set(rank, evidence);
    }
    const known = evidence.get(docTerm);
    if (known && known.value >= scaled) return;
    evidence.set(docTerm, { value: scaled, weak, field, docTerm });
  };

  for (const query of queryTerms) {
    const queryWeak = isWeakWord(query.term);
    const results = index.search.search(query.term, query.exact ? EXACT_OPTIONS : SEARCH_OPTIONS);

    // A word in many projects' titles says little about any one of them.
    const perField: Record<RoadmapField, number> = {
      title: 0,
      parts: 0,
      children: 0,
      links: 0,
      objective: 0,
    };
    for (const result of results) {
      for (const field of ROADMAP_FIELDS) {
        for (const docTerm in result.match) {
          if (result.match[docTerm]?.includes(field)) {
            perField[field] += 1;
            break;
          }
        }
      }
    }

    for (const result of results) {
      let bestValue = 0;
      let bestTerm = '';
      let bestField: Field = 'title';
      for (const docTerm in result.match) {
        const quality = matchQuality(query.term, docTerm) * (query.exact ? 0.6 : 1);
        for (const name of result.match[docTerm] ?? []) {
          const field = name as RoadmapField;
          const value =
            (FIELD_WEIGHT[field] * quality * query.weight) /
            Math.sqrt(Math.max(1, perField[field]));
          if (value > bestValue) {
            bestValue = value;
            bestTerm = docTerm;
            bestField = field;
          }
        }
      }
      if (bestValue === 0) continue;
      const weak = queryWeak || (bestTerm !== query.term && isWeakWord(bestTerm));
      record(result.id as number, bestTerm, bestValue, weak, bestField);
    }

    // Attached page titles: exact words only, and only words that still single projects out.
    const ranks = index.resourceWords.get(query.term);
    if (ranks && ranks.length <= MAX_RESOURCE_SPREAD) {
      const value = (FIELD_WEIGHT.resources * query.weight) / Math.sqrt(ranks.length);
      for (const rank of ranks) record(rank, query.term, value, queryWeak, 'resources');
    }
  }
  return byProject;
}

interface UrlEvidence {
  value: number;
  reason: string;
}

/** The strongest URL tie of each family (roadmap links, earlier attachments) per project. */
function collectUrlEvidence(index: SuggestionIndex, url: string): Map<number, UrlEvidence[]> {
  const keys = readUrlKeys(url);
  const byProject = new Map<number, UrlEvidence[]>();
  if (!keys) return byProject;
  const owner = keys.ownerName ?? '';

  const families: Array<Array<[UrlSignal, string | null, number, string, boolean]>> = [
    [
      [index.links.page, keys.page, 0.97, 'same page as a link in the roadmap', false],
      [index.links.repo, keys.repo, 0.9, 'same repository as a link in the roadmap', false],
      [index.links.owner, keys.owner, 0.5, `same owner (${owner}) as a link in the roadmap`, false],
      [
        index.links.host,
        keys.host,
        0.45,
        `same site (${keys.host}) as a link in the roadmap`,
        false,
      ],
    ],
    [
      [index.attached.page, keys.page, 0.85, 'you attached this page here before', true],
      [index.attached.repo, keys.repo, 0.75, 'same repository as pages you attached here', true],
      [
        index.attached.owner,
        keys.owner,
        0.45,
        `same owner (${owner}) as pages you attached here`,
        true,
      ],
      [index.attached.host, keys.host, 0.45, `you attached pages from ${keys.host} here`, true],
    ],
  ];

  for (const family of families) {
    const done = new Set<number>();
    for (const [signal, key, weight, reason, shared] of family) {
      if (key === null) continue;
      const projects = signal.get(key);
      if (!projects) continue;
      // Pages attached to several projects point to each in proportion.
      let total = 0;
      for (const count of projects.values()) total += count;
      for (const [rank, count] of projects) {
        if (done.has(rank)) continue;
        done.add(rank);
        const value = shared ? (weight * count) / total : weight;
        const list = byProject.get(rank) ?? [];
        list.push({ value, reason });
        byProject.set(rank, list);
      }
    }
  }
  return byProject;
}

/** Ranks the projects a tab most likely belongs to; [] when nothing matches well. */
export function suggestProjects(
  index: SuggestionIndex,
  tab: { url: string; title: string },
  limit = DEFAULT_LIMIT,
): Suggestion[] {
  if (limit <= 0 || index.candidates.length === 0) return [];
  const page = capSuggestionPage(tab);
  const text = collectTextEvidence(index, collectQueryTerms(index, page));
  const urls = collectUrlEvidence(index, page.url);

  const scored: Array<{ rank: number; score: number }> = [];
  const score = (rank: number) => {
    let strong = 0;
    let weak = 0;
    for (const item of text.get(rank)?.values() ?? []) {
      if (item.weak) weak += item.value;
      else strong += item.value;
    }
    // Independent pieces of evidence: a saturating sum for words, noisy-OR with URL ties.
    let miss = Math.exp(-(strong + Math.min(weak, WEAK_CAP)));
    for (const item of urls.get(rank) ?? []) miss *= 1 - item.value;
    const value = Math.round((1 - miss) * 1000) / 1000;
    if (value >= MIN_SCORE) scored.push({ rank, score: value });
  };
  for (const rank of text.keys()) score(rank);
  for (const rank of urls.keys()) if (!text.has(rank)) score(rank);

  scored.sort((a, b) => b.score - a.score || a.rank - b.rank);
  const best = scored[0]?.score ?? 0;
  const suggestions: Suggestion[] = [];
  for (const { rank, score: value } of scored) {
    const candidate = index.candidates[rank];
    if (suggestions.length >= limit || value < best * RELATIVE_CUT) break;
    if (!candidate) continue;
    suggestions.push({
      projectId: candidate.projectId,
      score: value,
      reasons: explain(index, text.get(rank), urls.get(rank)),
    });
  }
  return suggestions;
}

/** The three strongest pieces of evidence, in words. */
function explain(
  index: SuggestionIndex,
  text: Map<string, Evidence> | undefined,
  urls: UrlEvidence[] | undefined,
): string[] {
  const items = [
    ...(urls ?? []),
    ...[...(text?.values() ?? [])].map((item) => ({
      value: item.value,
      reason: describeEvidence(index, item),
    })),
  ].sort((a, b) => b.value - a.value);
  return [...new Set(items.map((item) => item.reason))].slice(0, 3);
}
