export interface FrontMatter {
  title: string | null;
  tags: string[];
  /** The note after the front matter. */
  body: string;
  /** Lines the front matter took, to keep line numbers in warnings true to the file. */
  lineCount: number;
}

const KEY_VALUE = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;
const LIST_ITEM = /^\s*-\s+(.*)$/;
const FENCE = /^---[ \t]*$/;
const END_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** Reads a YAML scalar the simple way: quotes removed, a trailing comment dropped. Never evals. */
function readScalar(raw: string): string {
  const value = raw.trim();
  const double = /^"((?:[^"\\]|\\.)*)"/.exec(value);
  if (double) {
    try {
      return String(JSON.parse(double[0]));
    } catch {
      return double[1] ?? '';
    }
  }
  const single = /^'((?:[^']|'')*)'/.exec(value);
  if (single) return (single[1] ?? '').replace(/''/g, "'");
  return value.replace(/(?:^|\s+)#.*$/, '');
}

/** Tags may be written `[a, b]`, `a, b` or as a YAML list; Obsidian users also write `#a`. */
function readTag(raw: string): string {
  return readScalar(raw).replace(/^#/, '').trim();
}

function readInlineTags(raw: string): string[] {
  const value = raw.trim().replace(/^\[(.*)\]$/, '$1');
  return value.split(',').map(readTag).filter(Boolean);
}

/**
 * Splits YAML front matter (`---` on the first line to the next `---` or `...`) from the note and
 * reads the two keys we use, `title` and `tags`, with a tiny subset of YAML.
 */
export function readFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { title: null, tags: [], body: text, lineCount: 0 };
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0 || !FENCE.test(text.slice(0, firstEnd))) return none;
  const lines: string[] = [];
  let at = firstEnd + 1;
  let closedAt = -1;
  while (at <= text.length) {
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd);
    const next = lineEnd < 0 ? text.length + 1 : lineEnd + 1;
    if (END_FENCE.test(line)) {
      closedAt = next;
      break;
    }
    lines.push(line);
    at = next;
  }
  if (closedAt < 0) return none;

  let title: string | null = null;
  const tags: string[] = [];
  let listKey: string | null = null;
  for (const line of lines) {
    const item = LIST_ITEM.exec(line);
    if (item && listKey === 'tags') {
      const tag = readTag(item[1] ?? '');
      if (tag) tags.push(tag);
      continue;
    }
    const pair = KEY_VALUE.exec(line);
    if (!pair) continue;
    listKey = pair[1] ?? null;
    const value = pair[2] ?? '';
    if (listKey === 'title' && readScalar(value) !== '') title = readScalar(value);
    if (listKey === 'tags') tags.push(...readInlineTags(value));
  }
  return { title, tags, body: text.slice(closedAt), lineCount: lines.length + 2 };
}
