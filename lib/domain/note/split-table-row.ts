/** A cell of a table row: offsets into the text, the cell's content trimmed of its padding. */
export interface CellSpan {
  start: number;
  end: number;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xfeff;
}

/**
 * The cells of the table row between `start` and `end`, split the way markdown-it splits them:
 * on `|` not escaped by a backslash, dropping the empty piece before a leading and after a
 * trailing pipe. Each span is the cell's content without surrounding spaces.
 */
export function splitTableRow(text: string, start: number, end: number): CellSpan[] {
  let from = start;
  let to = end;
  // A quoted table's rows start after `>`; markdown-it reads the row without it.
  while (from < to && (isSpace(text.charCodeAt(from)) || text[from] === '>')) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  const pieces: CellSpan[] = [];
  let pieceStart = from;
  for (let at = from; at < to; at++) {
    if (text[at] === '|' && (at === from || text[at - 1] !== '\\')) {
      pieces.push({ start: pieceStart, end: at });
      pieceStart = at + 1;
    }
  }
  pieces.push({ start: pieceStart, end: to });
  if (pieces[0]?.start === pieces[0]?.end) pieces.shift();
  const last = pieces.at(-1);
  if (last && last.start === last.end) pieces.pop();
  return pieces.map((piece) => {
    let cellStart = piece.start;
    let cellEnd = piece.end;
    while (cellStart < cellEnd && isSpace(text.charCodeAt(cellStart))) cellStart++;
    while (cellEnd > cellStart && isSpace(text.charCodeAt(cellEnd - 1))) cellEnd--;
    // An empty cell's place is after its first space, where text written into it reads best.
    if (cellStart === cellEnd) {
      cellStart = piece.start + (piece.start < piece.end ? 1 : 0);
      cellEnd = cellStart;
    }
    return { start: cellStart, end: cellEnd };
  });
}
