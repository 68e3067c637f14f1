import type { SearchOptions } from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as words from '../../../lib/domain/tabs/extract-words';
import { suggestProjects } from '../../../lib/domain/tabs/suggest-projects';
import { buildSuggestionIndex } from '../../../lib/domain/tabs/suggestion-index';
import {
  MAX_FUZZY_TERM_LENGTH,
  MAX_QUERY_TERMS,
  MAX_SUGGESTION_TITLE_LENGTH,
  MAX_SUGGESTION_URL_LENGTH,
  MAX_URL_WORDS,
  MAX_WORD_LENGTH,
} from '../../../lib/domain/tabs/suggestion-limits';
import { buildExampleRows, makeProject } from './example-roadmap-rows';

afterEach(() => vi.restoreAllMocks());

const index = buildSuggestionIndex({ ...buildExampleRows(), resources: [] });

/** A run of letters that is not a hex id (those are skipped), different for each seed. */
function junk(length: number, seed = 0): string {
  return Array.from({ length }, (_, i) => 'ghijklmnopqrstuvwxyz'[(i * 7 + seed) % 20]).join('');
}

/** Many distinct long words joined by `separator`. */
function longWords(count: number, separator: string): string {
  return Array.from({ length: count }, (_, i) => junk(40 + (i % 200), i)).join(separator);
}

/** The page cut to the documented limits by hand: what suggestion should read of it. */
function cutByHand(tab: { url: string; title: string }) {
  const cutWords = (text: string) =>
    text.replace(/[\p{L}\p{N}]{64,}/gu, (word) => word.slice(0, MAX_WORD_LENGTH));
  return {
    url: cutWords(tab.url.slice(0, MAX_SUGGESTION_URL_LENGTH)),
    title: cutWords(tab.title.slice(0, MAX_SUGGESTION_TITLE_LENGTH)),
  };
}

/** Pages a hostile site can make without a click, each with what a user still expects. */
const HOSTILE: Array<[string, { url: string; title: string }, string]> = [
  [
    'one 100,000-character word in the path',
    { url: `https://kubernetes.io/docs/${junk(100_000)}`, title: 'Overview | Kubernetes' },
    'p-kubernetes',
  ],
  [
    'one 200,000-character word in the path',
    { url: `https://craftinginterpreters.com/${junk(200_000)}`, title: 'Crafting Interpreters' },
    'p-lox-interpreter',
  ],
  [
    'a 2 MB address of long words',
    { url: `https://kubernetes.io/docs/${longWords(15_000, '-')}`, title: 'Kubernetes' },
    'p-kubernetes',
  ],
  [
    'a 2 MB query string',
    {
      url: `https://containerd.io/docs/getting-started/?${'q=containerd&'.repeat(160_000)}`,
      title: 'Getting started with containerd',
    },
    'p-containerd',
  ],
  [
    'a 1 MB title',
    {
      url: 'https://example.org/',
      title: `Firecracker microVM ${'lorem ipsum dolor '.repeat(60_000)}`,
    },
    'p-firecracker-vm',
  ],
  [
    'many long words in the title and the path',
    {
      url: `https://gvisor.dev/${longWords(4_000, '-')}/${longWords(4_000, '_')}`,
      title: `gVisor ${longWords(8_000, ' ')}`,
    },
    'p-gvisor-forevervm',
  ],
];

/** The typos minisearch would allow for `term` under these options. */
function allowedTypos(options: SearchOptions | undefined, term: string) {
  const fuzzy = options?.fuzzy;
  return typeof fuzzy === 'function' ? fuzzy(term, 0, [term]) : fuzzy;
}

describe('suggestion input is capped', () => {
  it.each(HOSTILE)('suggests for %s as for the page cut to the limits', (_, tab, projectId) => {
    const suggestions = suggestProjects(index, tab);
    expect(suggestions[0]?.projectId).toBe(projectId);
    expect(suggestions).toEqual(suggestProjects(index, cutByHand(tab)));
  });

  it.each(HOSTILE)('bounds the work for %s', (_, tab) => {
    const split = vi.spyOn(words, 'splitWords');
    const search = vi.spyOn(index.search, 'search');
    const compoundLookups = vi.spyOn(index.vocabulary as Set<string>, 'has');
    suggestProjects(index, tab);

    // Text read: the title once, the address at most twice (repository words, then host and path).
    const read = split.mock.calls.reduce((sum, [text]) => sum + text.length, 0);
    expect(read).toBeLessThanOrEqual(MAX_SUGGESTION_TITLE_LENGTH + 2 * MAX_SUGGESTION_URL_LENGTH);

    expect(search.mock.calls.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    for (const [term, options] of search.mock.calls) {
      expect(typeof term).toBe('string');
      expect((term as string).length).toBeLessThanOrEqual(MAX_WORD_LENGTH);
      if ((term as string).length > MAX_FUZZY_TERM_LENGTH) {
        expect(allowedTypos(options, term as string)).toBeFalsy();
      }
    }
    // Run-together search: a few slices of each capped word, for a capped number of words.
    expect(compoundLookups.mock.calls.length).toBeLessThanOrEqual(
      MAX_URL_WORDS * MAX_WORD_LENGTH ** 2,
    );
  });

  it('searches a cut long word without typos, and a word people type with them', () => {
    const search = vi.spyOn(index.search, 'search');
    suggestProjects(index, {
      url: `https://example.org/${junk(100_000)}`,
      title: 'Firecrakcer',
    });
    const typos = new Map(
      search.mock.calls.map(([term, options]) => [term, allowedTypos(options, term as string)]),
    );
    expect(typos.get(junk(MAX_WORD_LENGTH))).toBe(false);
    expect(typos.get('firecrakcer')).toBe(2);
  });

  it('reads a capped number of words from an address made of millions', () => {
    const normalise = vi.spyOn(words, 'normaliseWord');
    suggestProjects(index, { url: `https://kubernetes.io/${'ab-cd-'.repeat(350_000)}`, title: '' });
    expect(normalise.mock.calls.length).toBeLessThanOrEqual(MAX_URL_WORDS);
  });

  it('builds an index from a roadmap with more distinct words than a call can take', () => {
    const objectives = [
      { id: 'o', roadmapId: 'r1', title: 'Words', order: 0, archived: 0 as const },
    ];
    const children = [
      Array.from({ length: 150_000 }, (_, i) => `word${i.toString(36)}x`).join(' '),
    ];
    const projects = [makeProject({ id: 'p', objectiveId: 'o', title: 'Many words', children })];
    const large = buildSuggestionIndex({ objectives, projects, resources: [] });
    expect(suggestProjects(large, { url: 'https://example.org/', title: 'word1x' })[0]).toEqual({
      projectId: 'p',
      score: 0.451,
      reasons: ['breakdown mentions “word1x”'],
    });
  });
});
