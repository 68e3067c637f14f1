const TASK_MARKER = /^\[([ xX])\](?:\s+|$)/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:\s+|$)/;

/** Reads a leading `[ ]`, `[x]` or `[X]` as a done flag and returns the text after it. */
export function readTaskMarker(text: string): { done: boolean; rest: string } | null {
  const match = TASK_MARKER.exec(text);
  if (!match) return null;
  return { done: match[1] !== ' ', rest: text.slice(match[0].length) };
}

/** Table cells write projects as `- Name` or `1. Name`; the marker is layout, not title. */
export function stripListMarker(text: string): string {
  return text.replace(LIST_MARKER, '');
}
