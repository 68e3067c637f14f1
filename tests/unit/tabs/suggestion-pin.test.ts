import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PIN_FIXTURE, PIN_TABS, pinSuggestions, type PinnedTab } from './suggestion-pin-corpus';

const pinned = JSON.parse(readFileSync(PIN_FIXTURE, 'utf8')) as PinnedTab[];
const current = pinSuggestions();

describe('suggestions for a corpus of tabs on the example roadmap', () => {
  it('covers every tab of the corpus, with matches and abstentions both present', () => {
    expect(pinned.map((tab) => tab.url)).toEqual(PIN_TABS.map(([url]) => url));
    expect(pinned.filter((tab) => tab.suggestions.length === 0).length).toBeGreaterThan(5);
    expect(pinned.filter((tab) => tab.suggestions.length > 1).length).toBeGreaterThan(2);
  });

  it.each(pinned.map((tab, position) => [tab.url, tab, position] as const))(
    'suggests what it did for %s',
    (_url, tab, position) => {
      expect(current[position]).toEqual(tab);
    },
  );
});
