/** Drops a leading BOM and turns CRLF and lone CR into LF, so every later step sees one shape. */
export function normaliseLineEndings(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}
