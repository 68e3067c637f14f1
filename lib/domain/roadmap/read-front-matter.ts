import { readYamlProperties } from './read-yaml-properties';

export interface FrontMatter {
  title: string | null;
  tags: string[];
  /** Why the front matter, or part of it, was not read. */
  warnings: string[];
  /** The note after the front matter. */
  body: string;
  /** Lines the front matter took, to keep line numbers in warnings true to the file. */
  lineCount: number;
}

const FENCE = /^---[ \t]*$/;
const END_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits YAML front matter (`---` on the first line to the next `---` or `...`) from the note and
 * reads the two keys we use, `title` and `tags`. A note without a closed front matter has none.
 */
export function readFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { title: null, tags: [], warnings: [], body: text, lineCount: 0 };
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0 || !FENCE.test(text.slice(0, firstEnd))) return none;
  let lineCount = 1;
  let at = firstEnd + 1;
  while (at <= text.length) {
    const lineEnd = text.indexOf('\n', at);
    const next = lineEnd < 0 ? text.length + 1 : lineEnd + 1;
    lineCount++;
    if (END_FENCE.test(text.slice(at, lineEnd < 0 ? text.length : lineEnd))) {
      const yaml = text.slice(firstEnd + 1, at);
      return { ...readYamlProperties(yaml, 2), body: text.slice(next), lineCount };
    }
    at = next;
  }
  return none;
}
