/** Replace `from`..`to` of a text with `insert`; offsets are into the original text. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** Applies edits that do not overlap, in one pass; every byte outside them is kept. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    parts.push(text.slice(at, edit.from), edit.insert);
    at = edit.to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
