import { decodeEntities } from './decode-entities';

export interface HtmlTag {
  name: string;
  closing: boolean;
  /** Lower-case attribute names; values with entities decoded; a bare attribute maps to ''. */
  attributes: Map<string, string>;
}

const TAG = /^<(\/?)([a-z][a-z0-9-]*)(\s[^>]*)?\/?>$/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Reads one inline HTML tag token such as `<input type="checkbox" checked id="7d8cec">`. */
export function readHtmlTag(html: string): HtmlTag | null {
  const match = TAG.exec(html.trim());
  if (!match) return null;
  const attributes = new Map<string, string>();
  for (const attribute of (match[3] ?? '').matchAll(ATTRIBUTE)) {
    const name = attribute[1]?.toLowerCase();
    if (name === undefined || attributes.has(name)) continue;
    attributes.set(name, decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
  }
  return { name: (match[2] ?? '').toLowerCase(), closing: match[1] === '/', attributes };
}
