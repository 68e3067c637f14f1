import MarkdownIt, { type Token } from 'markdown-it';

/** markdown-it's env: reference definitions found by the block pass, needed by inline parsing. */
export type MarkdownEnv = Record<string, unknown>;

/**
 * The one markdown-it configured for roadmaps: tables on, raw HTML kept as tokens so we can read
 * checkboxes and anchors ourselves (nothing here is ever rendered), linkify off.
 */
const roadmapMarkdown = new MarkdownIt('default', { html: true, linkify: false });

// Keep every link as a token; acceptLinkUrl judges schemes, so a rejected link keeps its label.
roadmapMarkdown.validateLink = () => true;
// Inline parsing runs on demand (parseInline): prose is never parsed, and a 5 MB table's inline
// tokens die young instead of all living at once, which halves the garbage collector's work.
roadmapMarkdown.core.ruler.disable(['inline', 'text_join']);

/** How deep markdown-it nests blocks before it drops the rest of the block. */
export const MAX_MARKDOWN_NESTING = roadmapMarkdown.options.maxNesting;

export function parseBlocks(text: string, env: MarkdownEnv): Token[] {
  return roadmapMarkdown.parse(text, env);
}

/** Inline tokens of one block token; escapes and entities arrive as `text_special`. */
export function parseInline(block: Token, env: MarkdownEnv): Token[] {
  const tokens: Token[] = [];
  roadmapMarkdown.inline.parse(block.content, roadmapMarkdown, env, tokens);
  return tokens;
}

export function normaliseLink(url: string): string {
  return roadmapMarkdown.normalizeLink(url);
}

/** Decodes HTML entities only; backslashes are doubled first because unescapeAll also eats them. */
export function decodeEntities(value: string): string {
  return roadmapMarkdown.utils.unescapeAll(value.replace(/\\/g, '\\\\'));
}
