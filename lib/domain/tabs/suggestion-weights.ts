/**
 * Every number that tunes how a tab is matched to a project, side by side so one is weighed
 * against the others. How much of a page is read at all is in suggestion-limits.ts. The answers
 * these give for a corpus of real tabs are pinned in tests/fixtures/suggestions/.
 */

/** Where in a project a word of the tab was found. */
export type MatchField = 'title' | 'parts' | 'children' | 'links' | 'resources' | 'objective';

/** How much a word found in each field says about the project. */
export const FIELD_WEIGHT: Record<MatchField, number> = {
  // The title is what the user calls the project: the strongest word evidence.
  title: 0.9,
  // Camel-case parts of the title ("tiny" in TinyGrad): a hint, never enough alone.
  parts: 0.3,
  // Breakdown items and the labels and paths of roadmap links are the user's words too, but
  // one of several per project.
  children: 0.6,
  links: 0.6,
  // Titles of pages attached before: written by others, so they also carry noise.
  resources: 0.45,
  // An objective's words are shared by all its projects.
  objective: 0.25,
};

/** How much a word of the tab says by where in the tab it was found. */
export const QUERY_WEIGHT = {
  // The title says what the page is about; so do a repository's owner and name.
  title: 1,
  repository: 1,
  // Host labels name a project's own site (`craftinginterpreters.com`) nearly as well.
  host: 0.9,
  // Path segments mix slugs with sections and ids.
  path: 0.7,
  // A roadmap word found inside a run-together word is a guess about where words split.
  compoundPart: 0.7,
} as const;

/** A word in the tab title and in its address: the page is about it, not just mentioning it. */
export const BOTH_BONUS = 1.25;

/** How closely a project's word matches the tab's, 1 for the same word. */
export const MATCH_QUALITY = {
  exact: 1,
  // A longer word starting with the tab's ("interpret" in "interpreters")...
  closePrefix: 0.6,
  // ...adding at most this many letters; beyond it, likely another word ("git" in "github").
  closePrefixLetters: 3,
  farPrefix: 0.3,
  // A near spelling: a typo, or another word one letter away.
  typo: 0.35,
  // A part found inside a run-together word, where the split itself may be wrong.
  compoundPart: 0.6,
} as const;

/** Word lengths that allow prefix and typo matches: short words would match too much. */
export const FUZZY_WORDS = {
  minPrefixLength: 5,
  oneTypoLength: 6,
  twoTyposLength: 10,
} as const;

/**
 * Roadmap words at least this long are looked for inside run-together host and path words;
 * shorter ones ("git", "rust") turn up inside unrelated words by chance.
 */
export const MIN_COMPOUND_PART_LENGTH = 6;

/** A host or path word shorter than this is a word, not several run together. */
export const MIN_COMPOUND_WORD_LENGTH = 8;

/** Path segments of the tab read for words: deeper ones are files, anchors and ids. */
export const QUERY_PATH_SEGMENTS = 6;

/** Segments of a roadmap link's path (counting the empty one before the first slash) indexed. */
export const LINK_PATH_SEGMENTS = 8;

/** A weak word ("deep", "guide") counts this share of a strong one. */
export const WEAK_FACTOR = 0.35;

/** Weak words may add up to this much evidence, which alone stays below MIN_SCORE. */
export const WEAK_CAP = 0.3;

/** A word in attached pages of more projects than this is background noise: skip the lookup. */
export const MAX_RESOURCE_SPREAD = 60;

/**
 * How sure a shared address makes a project, per tie: the tab is a roadmap link's page, its
 * repository, its owner's, or on its site. The same page is nearly certain; a site, a hint.
 */
export const LINK_TIE = { page: 0.97, repo: 0.9, owner: 0.5, host: 0.45 } as const;

/**
 * The same ties with pages attached before, a little weaker than the user's own roadmap links:
 * a page may have been attached to the wrong project. Shared among the projects it went to.
 */
export const ATTACHED_TIE = { page: 0.85, repo: 0.75, owner: 0.45, host: 0.45 } as const;

/** Below this the best guess is a guess: say nothing rather than nudge the user wrong. */
export const MIN_SCORE = 0.3;

/** Runners-up must be at least this share of the best, so one clear match stands alone. */
export const RELATIVE_CUT = 0.5;

/** Suggestions given unless the caller asks for another number: enough to pick from at a glance. */
export const DEFAULT_LIMIT = 3;

/** Reasons given per suggestion, strongest first: more is reading, not explaining. */
export const MAX_REASONS = 3;
