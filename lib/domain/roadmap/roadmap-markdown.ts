import MarkdownIt, { type StateBlock, type Token } from 'markdown-it';

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

/**
 * A lower-case http(s) URL of plain ASCII: host labels of letters, digits and hyphens (at most 63
 * each), then only characters URL encoding keeps as they are, and no `%`. markdown-it's
 * normalizeLink (parse, punycode the host, format, percent-encode) returns such a URL unchanged,
 * so it is returned directly; anything else, or a host that may exceed 255 characters, goes the
 * long way.
 */
const PLAIN_WEB_URL =
  /^https?:\/\/(?:[A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}(?:[/?#][\w;/?:@&=+$,\-.!~*'()#]*)?$/;
const MAX_PLAIN_URL = 'https://'.length + 255;
const normalizeLinkFully = roadmapMarkdown.normalizeLink;
roadmapMarkdown.normalizeLink = (url) =>
  url.length <= MAX_PLAIN_URL && PLAIN_WEB_URL.test(url) ? url : normalizeLinkFully(url);

/**
 * How deep markdown-it nests blocks before it drops the rest of the block. @types/markdown-it
 * 14.2 leaves `maxNesting` out of its Options type; the default preset sets 100.
 */
export const MAX_MARKDOWN_NESTING =
  (roadmapMarkdown.options as { maxNesting?: number }).maxNesting ?? 100;

/** Receives block tokens in note order, each batch whole top-level blocks; must not keep the array. */
export type BlockConsumer = (tokens: Token[]) => void;

/** Tokens gathered before they are handed over: small enough to die young, big enough to be rare. */
const BATCH_TOKENS = 512;

/** The consumer of the parseBlocks call under way (parsing is synchronous). */
let consumer: BlockConsumer | null = null;

/**
 * A block rule that never matches. The block parser tries it before every top-level block (and
 * only then is `level` 0), when every block before has all its tokens: it hands those over and
 * empties the array, so a large note's tokens are read and dropped as the parser goes instead of
 * all living until the end (which doubled the time, most of it in the garbage collector).
 */
function handOverBlocks(state: StateBlock): boolean {
  if (consumer !== null && state.level === 0 && state.tokens.length >= BATCH_TOKENS) {
    consumer(state.tokens);
    state.tokens.length = 0;
  }
  return false;
}
roadmapMarkdown.block.ruler.before('table', 'hand_over_blocks', handOverBlocks);

/**
 * Parses the block structure, handing the tokens to `consume` in note order, in batches of whole
 * top-level blocks. Inline parsing needs every reference definition, which can come after the
 * link, so a note that may hold one (it must contain `]:`) is handed over in one batch at the end.
 */
export function parseBlocks(text: string, env: MarkdownEnv, consume: BlockConsumer): void {
  const outer = consumer;
  consumer = text.includes(']:') ? null : consume;
  try {
    const rest = roadmapMarkdown.parse(text, env);
    if (rest.length > 0) consume(rest);
  } finally {
    consumer = outer;
  }
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
