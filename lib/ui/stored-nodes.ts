/**
 * A rendered screen as plain data, for localStorage: each element as [tag, attributes, children],
 * each text as a string. Rebuilt node for node, every text node apart, so the renderer that
 * takes the rebuilt nodes over finds them as it made them (markup would merge adjacent texts,
 * and the renderer would then split and repaint them), and every text is set as text.
 */
export type StoredNode = string | [tag: string, attributes: Record<string, string>, StoredNode[]];

const HTML = 'http://www.w3.org/1999/xhtml';

/** `parent`'s children as data; null when one is not plain HTML (an SVG icon, say). */
export function storeNodes(parent: Node): StoredNode[] | null {
  const stored: StoredNode[] = [];
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) stored.push(node.nodeValue ?? '');
    else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.namespaceURI !== HTML) return null;
      const children = storeNodes(element);
      if (!children) return null;
      const attributes = Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
      stored.push([element.localName, attributes, children]);
    }
  }
  return stored;
}

// What a screen of Waymark's never holds: refused, so a copy can only ever draw text and boxes.
const REFUSED_TAGS = new Set([
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'object',
  'embed',
]);
const TAG = /^[a-z][a-z0-9]{0,15}$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]{0,39}$/;
const MAX_NODES = 5000;
const MAX_DEPTH = 32;

/** Rebuilds stored nodes in `document`; throws on anything `storeNodes` would not have written. */
export function restoreNodes(stored: unknown, document: Document): Node[] {
  let budget = MAX_NODES;
  const build = (nodes: unknown, depth: number): Node[] => {
    if (!Array.isArray(nodes) || depth > MAX_DEPTH) throw new TypeError('not a stored screen');
    return nodes.map((node: unknown) => {
      if (--budget < 0) throw new TypeError('stored screen too large');
      if (typeof node === 'string') return document.createTextNode(node);
      if (!Array.isArray(node) || node.length !== 3) throw new TypeError('not a stored node');
      const [tag, attributes, children] = node as [unknown, unknown, unknown];
      if (typeof tag !== 'string' || !TAG.test(tag) || REFUSED_TAGS.has(tag)) {
        throw new TypeError('refused element');
      }
      if (typeof attributes !== 'object' || attributes === null)
        throw new TypeError('bad attributes');
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) {
        if (!ATTRIBUTE.test(name) || name.startsWith('on') || typeof value !== 'string') {
          throw new TypeError('refused attribute');
        }
        element.setAttribute(name, value);
      }
      element.append(...build(children, depth + 1));
      return element;
    });
  };
  return build(stored, 0);
}
