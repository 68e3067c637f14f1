import { Composer, CST, isMap, isScalar, isSeq, Parser, type YAMLError } from 'yaml';
import { collapseWhitespace } from './read-inline';

/** The front matter keys Waymark uses, and why any were left unread. */
export interface YamlProperties {
  title: string | null;
  tags: string[];
  warnings: string[];
}

/** Far more than any note's properties; keeps the YAML parser's work small whatever the note. */
const MAX_FRONT_MATTER_CHARACTERS = 64 * 1024;

/**
 * Obsidian writes two levels at most. yaml composes nested collections by recursion, and a few
 * thousand levels exhaust the stack, where V8 may abort the whole process instead of throwing.
 */
export const MAX_FRONT_MATTER_DEPTH = 32;

const NOT_READ = 'its title and tags were not read';

/** Whether any collection sits deeper than `limit`, found without recursion on the raw syntax tree. */
function nestsDeeperThan(tokens: readonly CST.Token[], limit: number): boolean {
  const stack = tokens.map((token) => ({ token, depth: 0 }));
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { token, depth } = next;
    if (token.type === 'document' && token.value) {
      stack.push({ token: token.value, depth });
    } else if (CST.isCollection(token)) {
      if (depth >= limit) return true;
      for (const item of token.items) {
        if (item.key) stack.push({ token: item.key, depth: depth + 1 });
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return false;
}

/** A scalar as the note wrote it (`1.50` stays `1.50`); null for nothing, aliases and collections. */
function readText(node: unknown): string | null {
  if (!isScalar(node) || node.value === null || node.value === undefined) return null;
  const text = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
  return collapseWhitespace(text) || null;
}

/** Obsidian users sometimes write `#tag`; the mark is not part of the name. */
function readTag(text: string): string {
  const trimmed = text.trim();
  return (trimmed.startsWith('#') ? trimmed.slice(1) : trimmed).trim();
}

/** Tags may be a YAML list, a flow list `[a, b]`, or one comma-separated text `a, b`. */
function readTags(node: unknown): string[] {
  const texts = isSeq(node) ? node.items.map(readText) : (readText(node)?.split(',') ?? []);
  return texts.flatMap((text) => (text === null ? [] : [readTag(text)])).filter(Boolean);
}

function describeError(error: YAMLError, yaml: string, firstLine: number): string {
  let line = firstLine;
  // An error found at the very end (an unclosed quote or list) belongs to the last line.
  const end = Math.min(error.pos[0], yaml.length - 1);
  for (let at = yaml.indexOf('\n'); at >= 0 && at < end; at = yaml.indexOf('\n', at + 1)) line++;
  const message = error.message.split('\n')[0]?.slice(0, 120) ?? '';
  return `front matter line ${line}: ${message}; ${NOT_READ}`;
}

/**
 * Reads `title` and `tags` from front matter YAML whose first line is line `firstLine` of the
 * note. Anything it cannot read becomes a warning, never an exception: the note still imports.
 */
export function readYamlProperties(yaml: string, firstLine: number): YamlProperties {
  const none = (warning: string): YamlProperties => ({
    title: null,
    tags: [],
    warnings: [warning],
  });
  if (yaml.length > MAX_FRONT_MATTER_CHARACTERS) {
    return none(
      `front matter is longer than ${MAX_FRONT_MATTER_CHARACTERS / 1024} KB; ${NOT_READ}`,
    );
  }
  try {
    const tokens = [...new Parser().parse(yaml)];
    if (nestsDeeperThan(tokens, MAX_FRONT_MATTER_DEPTH)) {
      return none(`front matter nests deeper than ${MAX_FRONT_MATTER_DEPTH} levels; ${NOT_READ}`);
    }
    const composer = new Composer({ uniqueKeys: false, resolveKnownTags: false });
    const [document] = [...composer.compose(tokens)];
    const error = document?.errors[0];
    if (error) return none(describeError(error, yaml, firstLine));
    const properties = document?.contents;
    if (!isMap(properties)) return { title: null, tags: [], warnings: [] };
    return {
      title: readText(properties.get('title', true)),
      tags: readTags(properties.get('tags', true)),
      warnings: [],
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return none(`front matter could not be read (${reason}); ${NOT_READ}`);
  }
}
