/**
 * Whether raw cell text holds `<input … checkbox` with no `>` between: a cheap look before the
 * cell's inline parse, which decides for real. The pattern `<input\b[^>]*checkbox` would rescan
 * the rest of the cell from every `<input`; here the next `>` and the next `checkbox` are found
 * once and reused for each `<input` before them, so the cell is read once, whatever it holds.
 */
export function mentionsCheckboxInput(html: string): boolean {
  const input = /<input\b/gi;
  const checkbox = /checkbox/gi;
  let close = -1;
  let box = -1;
  for (let match = input.exec(html); match; match = input.exec(html)) {
    const from = input.lastIndex;
    if (close < from) {
      close = html.indexOf('>', from);
      if (close < 0) close = html.length;
    }
    if (box < from) {
      checkbox.lastIndex = from;
      box = checkbox.exec(html)?.index ?? html.length;
    }
    if (box < close) return true;
  }
  return false;
}
