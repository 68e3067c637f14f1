import type { Token } from 'markdown-it';
import type { Link } from '../types';
import { acceptLinkUrl } from './accept-link-url';
import { readHtmlTag } from './read-html-tag';
import { normaliseLink, parseInline, type MarkdownEnv } from './roadmap-markdown';

export interface Checkbox {
  checked: boolean;
  id?: string;
}

/** Text between `<br>` tags: a table cell can hold a project and its breakdown this way. */
export interface InlineSegment {
  text: string;
  links: Link[];
}

export interface InlineContent {
  segments: InlineSegment[];
  /** The first `<input type="checkbox">` in the content, if any. */
  checkbox: Checkbox | null;
}

/** Collapses runs of whitespace so titles compare and display the same however they were wrapped. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function readCheckbox(attributes: Map<string, string>): Checkbox {
  const id = attributes.get('id');
  // Presence of `checked` is what HTML means; the plugin writes `unchecked` for the opposite.
  return { checked: attributes.has('checked'), ...(id ? { id } : {}) };
}

/** Adds the link when its URL is one we keep; a link with no label is labelled by its URL. */
function pushLink(links: Link[], href: string, label: string): void {
  const url = acceptLinkUrl(href);
  if (url !== null) links.push({ url, label: collapseWhitespace(label) || url });
}

/**
 * Reads markdown-it inline tokens as plain text plus links. Raw HTML stays literal text except
 * the few tags we interpret: checkbox inputs, `<a href>` and `<br>`. One loop with plain locals
 * (no closures or part arrays): it runs for every list item, heading and table cell.
 */
export function readInline(children: readonly Token[]): InlineContent {
  const segments: InlineSegment[] = [];
  let checkbox: Checkbox | null = null;
  let text = '';
  let links: Link[] = [];
  // The open link, if any: its href, label so far, and which token closes it (markdown links
  // and raw `<a>` tags close differently).
  let href: string | null = null;
  let label = '';
  let closesOnTag = false;

  for (let index = 0; index < children.length; index++) {
    const token = children[index];
    if (!token) continue;
    let write: string | null = null;
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
      case 'image':
        write = token.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        write = ' ';
        break;
      case 'link_open':
        if (href === null) {
          href = String(token.attrGet('href') ?? '');
          label = '';
          closesOnTag = false;
        }
        break;
      case 'link_close':
        if (href !== null && !closesOnTag) {
          pushLink(links, href, label);
          href = null;
        }
        break;
      case 'html_inline': {
        const tag = readHtmlTag(token.content);
        if (tag?.name === 'input' && tag.attributes.get('type')?.toLowerCase() === 'checkbox') {
          checkbox ??= readCheckbox(tag.attributes);
        } else if (tag?.name === 'br') {
          if (href !== null) pushLink(links, href, label);
          href = null;
          segments.push({ text: collapseWhitespace(text), links });
          text = '';
          links = [];
        } else if (
          tag?.name === 'a' &&
          !tag.closing &&
          tag.attributes.has('href') &&
          href === null
        ) {
          href = normaliseLink(tag.attributes.get('href')?.trim() ?? '');
          label = '';
          closesOnTag = true;
        } else if (tag?.name === 'a' && tag.closing && href !== null && closesOnTag) {
          pushLink(links, href, label);
          href = null;
        } else {
          write = token.content;
        }
        break;
      }
      default:
        // Emphasis, strike-through and other markup: their text arrives as separate tokens.
        break;
    }
    if (write !== null) {
      text += write;
      if (href !== null) label += write;
    }
  }
  if (href !== null) pushLink(links, href, label);
  segments.push({ text: collapseWhitespace(text), links });
  return { segments, checkbox };
}

/**
 * Characters some inline rule starts on (newline, escape, code, strike-through, emphasis, link,
 * autolink, raw HTML, entity; linkify is off). Content without them is one text token to
 * markdown-it, so it is read without running the inline parser at all.
 */
const INLINE_SYNTAX = /[\n\\`~*_[<&]/;

/** Reads the inline content of a block token (list item, heading, table cell). */
export function readBlockInline(block: Token, env: MarkdownEnv): InlineContent {
  if (INLINE_SYNTAX.test(block.content)) return readInline(parseInline(block, env));
  return { segments: [{ text: collapseWhitespace(block.content), links: [] }], checkbox: null };
}
