/** The longest note a page keeps: one line, a reminder rather than a summary. */
export const MAX_PAGE_NOTE_LENGTH = 200;

// Line and paragraph separators too: a note is shown on one line wherever it appears.
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const SPACES = /\s+/g;

/** A note as Waymark stores it: text on one line, within the cap, never blank. */
export function isPageNote(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_PAGE_NOTE_LENGTH &&
    value.trim() === value &&
    !LINE_BREAK.test(value)
  );
}

/**
 * What the user typed, as it will be kept: runs of white space (line breaks included) become one
 * space and the ends are trimmed; an empty note is null (no note). Too long stays too long, for
 * the caller to refuse rather than cut silently.
 */
export function cleanPageNote(typed: string): string | null {
  const note = typed.replace(SPACES, ' ').trim();
  return note === '' ? null : note;
}
