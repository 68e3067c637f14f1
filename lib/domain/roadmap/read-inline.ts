import type { Token } from 'markdown-it';
import type { Link } from '../types';
import { acceptLinkUrl } from './accept-link-url';
import { readHtmlTag } from './read-html-tag';
import { normaliseLink } from './roadmap-markdown';

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

interface OpenLink {
  href: string;
  label: string[];
  /** Which closing token ends it: markdown links and raw `<a>` tags close differently. */
  closer: 'link_close' | 'a';
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

/**
 * Reads markdown-it inline tokens as plain text plus links. Raw HTML stays literal text except
 * the few tags we interpret: checkbox inputs, `<a href>` and `<br>`.
 */
export function readInline(children: readonly Token[]): InlineContent {
  const segments: InlineSegment[] = [];
  let checkbox: Checkbox | null = null;
  let parts: string[] = [];
  let links: Link[] = [];
  let open: OpenLink | null = null;

  const write = (text: string): void => {
    parts.push(text);
    open?.label.push(text);
  };
  const closeLink = (): void => {
    if (!open) return;
    const label = collapseWhitespace(open.label.join(''));
    const url = acceptLinkUrl(open.href);
    if (url !== null) links.push({ url, label: label || url });
    open = null;
  };
  const endSegment = (): void => {
    closeLink();
    segments.push({ text: collapseWhitespace(parts.join('')), links });
    parts = [];
    links = [];
  };

  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
      case 'image':
        write(token.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        write(' ');
        break;
      case 'link_open':
        if (!open)
          open = { href: String(token.attrGet('href') ?? ''), label: [], closer: 'link_close' };
        break;
      case 'link_close':
        if (open?.closer === 'link_close') closeLink();
        break;
      case 'html_inline': {
        const tag = readHtmlTag(token.content);
        if (tag?.name === 'input' && tag.attributes.get('type')?.toLowerCase() === 'checkbox') {
          checkbox ??= readCheckbox(tag.attributes);
        } else if (tag?.name === 'br') {
          endSegment();
        } else if (tag?.name === 'a' && !tag.closing && tag.attributes.has('href') && !open) {
          const href = normaliseLink(tag.attributes.get('href')?.trim() ?? '');
          open = { href, label: [], closer: 'a' };
        } else if (tag?.name === 'a' && tag.closing && open?.closer === 'a') {
          closeLink();
        } else {
          write(token.content);
        }
        break;
      }
      default:
        // Emphasis, strike-through and other markup: their text arrives as separate tokens.
        break;
    }
  }
  endSegment();
  return { segments, checkbox };
}
