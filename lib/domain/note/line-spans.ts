/**
 * Where each line starts and where its content ends (before its `\r\n`, `\r` or `\n`), counting
 * line breaks the way parseRoadmap does, so its line indexes point into the text as given.
 */
export function lineSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 10 && code !== 13) continue;
    spans.push({ start, end: at });
    if (code === 13 && text.charCodeAt(at + 1) === 10) at++;
    start = at + 1;
  }
  spans.push({ start, end: text.length });
  return spans;
}
