/**
 * How much of a page suggestion reads. Any page can rewrite its own address
 * (`history.replaceState`) and title without a click, and Waymark suggests again on every change,
 * so the cost must not depend on what the page chooses. No real page comes near these bounds.
 */

/**
 * HTTP asks servers to take addresses of 8,000 characters (RFC 9110) and nginx and Apache refuse
 * longer ones, so real addresses fit. What suggestion reads (host, first path segments) is first.
 */
export const MAX_SUGGESTION_URL_LENGTH = 8192;

/** Titles people read are under 200 characters and attached ones are kept to 500: all fit. */
export const MAX_SUGGESTION_TITLE_LENGTH = 1024;

/**
 * A host label is at most 63 characters (RFC 1035), which bounds run-together words such as
 * `craftinginterpreters`; dictionary words end near 45. A longer run is an id or padding: its
 * start is enough, and the search for roadmap words inside it stays small.
 */
export const MAX_WORD_LENGTH = 63;

/** Distinct words of a page searched in the roadmap, strongest first; the rest is noise. */
export const MAX_QUERY_TERMS = 24;

/**
 * Words read from an address (repository, host, first path segments): real ones hold a few
 * dozen. Each may be searched for roadmap words run together inside it, the costliest step.
 */
export const MAX_URL_WORDS = 64;

/**
 * Matching with typos fills a table of (length + 1) x (length + 3) cells per word. Words people
 * type, even run together (`craftinginterpreters`), are shorter; longer ones match exactly or by
 * their start.
 */
export const MAX_FUZZY_TERM_LENGTH = 32;

/** The page as suggestion reads it: the start of its address and of its title. */
export function capSuggestionPage(page: { url: string; title: string }): {
  url: string;
  title: string;
} {
  return {
    url: page.url.slice(0, MAX_SUGGESTION_URL_LENGTH),
    title: page.title.slice(0, MAX_SUGGESTION_TITLE_LENGTH),
  };
}

/** A word as suggestion reads it: its start, when it is longer than any real word. */
export function capWord(word: string): string {
  return word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word;
}
