import { isWeakWord } from './extract-words';
import type { QueryTerm } from './query-terms';
import { readUrlKeys } from './read-url-keys';
import {
  EXACT_OPTIONS,
  ROADMAP_FIELDS,
  SEARCH_OPTIONS,
  type RoadmapField,
  type SuggestionIndex,
  type UrlSignal,
} from './suggestion-index';
import {
  ATTACHED_TIE,
  FIELD_WEIGHT,
  LINK_TIE,
  MATCH_QUALITY,
  MAX_RESOURCE_SPREAD,
  type MatchField,
  WEAK_FACTOR,
} from './suggestion-weights';

/** A project's word a tab matched: the strongest match per word and project. */
export interface WordEvidence {
  /** Already scaled down when weak. */
  value: number;
  /** Can confirm a match but never make one alone. */
  weak: boolean;
  field: MatchField;
  /** The project's word (a stem) that matched. */
  docTerm: string;
}

/** An address the tab shares with a project's links or attached pages. */
export interface UrlEvidence {
  value: number;
  reason: string;
}

const FIELD_REASON: Record<MatchField, string> = {
  title: 'title matches',
  parts: 'title contains',
  children: 'breakdown mentions',
  links: 'roadmap link mentions',
  resources: 'pages you attached mention',
  objective: 'objective matches',
};

/** A piece of word evidence in plain words, with the word as the user wrote it. */
export function describeEvidence(index: SuggestionIndex, evidence: WordEvidence): string {
  return `${FIELD_REASON[evidence.field]} “${index.display.get(evidence.docTerm) ?? evidence.docTerm}”`;
}

/** 1 for an exact word, less for a longer word starting with it, least for a near spelling. */
function matchQuality(term: string, docTerm: string): number {
  if (docTerm === term) return MATCH_QUALITY.exact;
  if (docTerm.startsWith(term)) {
    return docTerm.length - term.length <= MATCH_QUALITY.closePrefixLetters
      ? MATCH_QUALITY.closePrefix
      : MATCH_QUALITY.farPrefix;
  }
  return MATCH_QUALITY.typo;
}

/** Per project (by rank), the roadmap and attached-page words the tab's words matched. */
export function collectTextEvidence(
  index: SuggestionIndex,
  queryTerms: QueryTerm[],
): Map<number, Map<string, WordEvidence>> {
  const byProject = new Map<number, Map<string, WordEvidence>>();
  const record = (
    rank: number,
    docTerm: string,
    value: number,
    weak: boolean,
    field: MatchField,
  ) => {
    const scaled = weak ? value * WEAK_FACTOR : value;
    let evidence = byProject.get(rank);
    if (!evidence) {
      evidence = new Map<string, WordEvidence>();
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
      let bestField: MatchField = 'title';
      for (const docTerm in result.match) {
        const quality =
          matchQuality(query.term, docTerm) * (query.exact ? MATCH_QUALITY.compoundPart : 1);
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

type Tie = [signal: UrlSignal, key: string | null, weight: number, reason: string, shared: boolean];

/** The strongest URL tie of each family (roadmap links, earlier attachments) per project. */
export function collectUrlEvidence(
  index: SuggestionIndex,
  url: string,
): Map<number, UrlEvidence[]> {
  const keys = readUrlKeys(url);
  const byProject = new Map<number, UrlEvidence[]>();
  if (!keys) return byProject;
  const owner = keys.ownerName ?? '';
  const { links, attached } = index;

  // Strongest first within a family: a project takes only its first tie in each.
  const families: Tie[][] = [
    [
      [links.page, keys.page, LINK_TIE.page, 'same page as a link in the roadmap', false],
      [links.repo, keys.repo, LINK_TIE.repo, 'same repository as a link in the roadmap', false],
      [
        links.owner,
        keys.owner,
        LINK_TIE.owner,
        `same owner (${owner}) as a link in the roadmap`,
        false,
      ],
      [
        links.host,
        keys.host,
        LINK_TIE.host,
        `same site (${keys.host}) as a link in the roadmap`,
        false,
      ],
    ],
    [
      [attached.page, keys.page, ATTACHED_TIE.page, 'you attached this page here before', true],
      [
        attached.repo,
        keys.repo,
        ATTACHED_TIE.repo,
        'same repository as pages you attached here',
        true,
      ],
      [
        attached.owner,
        keys.owner,
        ATTACHED_TIE.owner,
        `same owner (${owner}) as pages you attached here`,
        true,
      ],
      [
        attached.host,
        keys.host,
        ATTACHED_TIE.host,
        `you attached pages from ${keys.host} here`,
        true,
      ],
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
