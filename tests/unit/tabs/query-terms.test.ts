import { describe, expect, it } from 'vitest';
import { collectQueryTerms } from '../../../lib/domain/tabs/query-terms';
import { buildSuggestionIndex } from '../../../lib/domain/tabs/suggestion-index';
import { MAX_QUERY_TERMS } from '../../../lib/domain/tabs/suggestion-limits';
import { BOTH_BONUS, QUERY_WEIGHT } from '../../../lib/domain/tabs/suggestion-weights';
import { buildExampleRows } from './example-roadmap-rows';

const index = buildSuggestionIndex({ ...buildExampleRows(), resources: [] });

function termsOf(url: string, title = '') {
  return Object.fromEntries(
    collectQueryTerms(index, { url, title }).map(({ term, weight, exact }) => [
      term,
      { weight, exact },
    ]),
  );
}

const word = (weight: number, exact = false) => ({ weight, exact });

describe('collectQueryTerms', () => {
  it.each<[string, string, Record<string, { weight: number; exact: boolean }>]>([
    // Title words, stemmed, without stop words; a noise-only host adds nothing.
    ['https://www.google.com/', 'The Kubernetes Pods', { kubernete: word(1), pods: word(1) }],
    // Host labels other than noise (`docs.`, `io`), then path segments.
    [
      'https://docs.tinygrad.org/quickstart/',
      '',
      { tinygrad: word(QUERY_WEIGHT.host), quickstart: word(QUERY_WEIGHT.path) },
    ],
    // A repository's owner and name count as much as a title.
    [
      'https://github.com/jepsen-io/maelstrom/issues',
      '',
      { jepsen: word(QUERY_WEIGHT.repository), maelstrom: word(QUERY_WEIGHT.repository) },
    ],
    // Ids and hashes in a path are skipped; a video's path is never read.
    [
      'https://lwn.net/Kernel/914183/',
      '',
      { lwn: word(QUERY_WEIGHT.host), kernel: word(QUERY_WEIGHT.path) },
    ],
    ['https://www.youtube.com/watch/abcdef', '', {}],
    // A roadmap word run together in a host is searched exactly, weaker than the host word.
    [
      'https://craftinginterpreters.com/',
      '',
      {
        craftinginterpreter: word(QUERY_WEIGHT.host),
        interpreter: word(QUERY_WEIGHT.host * QUERY_WEIGHT.compoundPart, true),
      },
    ],
    // In the title and the address: the page is about it.
    ['https://kubernetes.io/', 'Kubernetes', { kubernete: word(QUERY_WEIGHT.title * BOTH_BONUS) }],
  ])('reads %s (title %j)', (url, title, expected) => {
    expect(termsOf(url, title)).toEqual(expected);
  });

  it('orders words strongest first and keeps at most MAX_QUERY_TERMS', () => {
    const title = Array.from({ length: MAX_QUERY_TERMS + 10 }, (_, n) => `word${'x'.repeat(n)}`);
    const terms = collectQueryTerms(index, {
      url: 'https://example.org/some/path/words',
      title: title.join(' '),
    });
    expect(terms).toHaveLength(MAX_QUERY_TERMS);
    expect(terms.map((term) => term.weight)).toEqual(
      [...terms.map((term) => term.weight)].sort((a, b) => b - a),
    );
    expect(terms.every((term) => term.origins.has('title'))).toBe(true);
  });

  it('reads nothing from an address that does not parse, but keeps the title', () => {
    expect(termsOf('not a url', 'Lox')).toEqual({ lox: word(1) });
  });
});
