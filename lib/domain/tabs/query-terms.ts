import { normaliseWord, splitWords } from './extract-words';
import { readRepository } from './read-repository';
import { siteHost } from './site-host';
import type { SuggestionIndex } from './suggestion-index';
import { capWord, MAX_QUERY_TERMS, MAX_URL_WORDS } from './suggestion-limits';
import {
  BOTH_BONUS,
  MIN_COMPOUND_PART_LENGTH,
  MIN_COMPOUND_WORD_LENGTH,
  QUERY_PATH_SEGMENTS,
  QUERY_WEIGHT,
} from './suggestion-weights';

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

/** Ids and hashes in paths are not words. */
const ID_LIKE = /\d{4,}|[0-9a-f]{12,}/i;

const VIDEO_HOST = /(^|\.)(youtube\.com|youtu\.be|vimeo\.com)$/;

/** A word of a tab to look for in the roadmap. */
export interface QueryTerm {
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
  for (let start = 0; start + MIN_COMPOUND_PART_LENGTH <= word.length; start += 1) {
    const maxEnd = Math.min(word.length, start + index.longestWord);
    for (let end = maxEnd; end >= start + MIN_COMPOUND_PART_LENGTH; end -= 1) {
      const part = word.slice(start, end);
      if (index.vocabulary.has(part)) {
        found.push(part);
        break;
      }
    }
  }
  return found;
}

/**
 * The words of a tab to search for, strongest first: its title, the repository it is in, the
 * labels of its host and the first segments of its path, with roadmap words found inside
 * run-together ones. The index supplies the roadmap's vocabulary for that last step.
 */
export function collectQueryTerms(
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
  for (const raw of words(tab.title)) add(normaliseWord(raw), QUERY_WEIGHT.title, false, 'title');

  let parsed: URL | null = null;
  try {
    parsed = new URL(tab.url);
  } catch {
    parsed = null;
  }
  if (parsed) {
    const repo = readRepository(parsed);
    for (const part of [repo?.owner, repo?.name]) {
      for (const raw of urlWords(part ?? '')) {
        add(normaliseWord(raw), QUERY_WEIGHT.repository, false);
      }
    }
    const host = siteHost(parsed);
    const labels = host
      .split('.')
      .slice(0, -1)
      .filter((label) => !HOST_NOISE.has(label));
    const segments = VIDEO_HOST.test(host)
      ? []
      : parsed.pathname.split('/').slice(1, 1 + QUERY_PATH_SEGMENTS);
    for (const [source, weight] of [
      [labels, QUERY_WEIGHT.host],
      [segments, QUERY_WEIGHT.path],
    ] as const) {
      for (const chunk of source) {
        if (ID_LIKE.test(chunk)) continue;
        for (const raw of urlWords(chunk)) {
          const term = normaliseWord(raw);
          add(term, weight, false);
          const lower = raw.toLowerCase();
          if (
            lower.length >= MIN_COMPOUND_WORD_LENGTH &&
            term !== null &&
            !index.vocabulary.has(term)
          ) {
            for (const part of findCompoundParts(index, lower)) {
              add(part, weight * QUERY_WEIGHT.compoundPart, true);
            }
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
