/**
 * Where the `[ ]`, `[x]` or `[X]` of a task starts, when the text from `from` to `to` begins with
 * one after an optional list marker (`-`, `*`, `+`, `1.`, `1)`) and, for a list line, the indent
 * and quote markers before it; -1 otherwise.
 */
export function taskMarkerAt(text: string, from: number, to: number, listLine: boolean): number {
  let at = from;
  const skipSpace = () => {
    while (at < to && /[ \t\uFEFF]/.test(text[at] ?? '')) at++;
  };
  skipSpace();
  while (listLine && text[at] === '>') {
    at++;
    skipSpace();
  }
  const markerStart = at;
  if (/[-*+]/.test(text[at] ?? '')) at++;
  else {
    while (at < to && at - markerStart < 9 && /\d/.test(text[at] ?? '')) at++;
    if (at > markerStart && /[.)]/.test(text[at] ?? '')) at++;
    else at = markerStart;
  }
  if (listLine && at === markerStart) return -1;
  if (at > markerStart) {
    const spaced = at;
    skipSpace();
    if (at === spaced) return -1;
  }
  const box = text.slice(at, at + 3);
  const after = text[at + 3];
  const ends = at + 3 === to || after === ' ' || after === '\t';
  return /^\[[ xX]\]$/.test(box) && ends && at + 3 <= to ? at : -1;
}
