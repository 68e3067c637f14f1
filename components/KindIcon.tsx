import { isResourceKind, kindLabel } from '../lib/domain/resource-kind-labels';
import type { ResourceKind } from '../lib/domain/types';

/**
 * Plain glyphs: no icon font or image to load, and they follow the text colour and theme. Each is
 * in the fonts systems ship (DejaVu Sans, Segoe UI Symbol, Apple Symbols): a missing one is drawn
 * as a box and makes the browser search every font on the first paint.
 */
const GLYPHS: Record<ResourceKind, string> = {
  repo: '⎇',
  paper: '¶',
  docs: '§',
  video: '▶',
  course: '✎',
  article: '❝',
  other: '◦',
};

/**
 * What a page is (repository, paper, ...), as a small glyph with its name for assistive tech. A
 * kind Waymark does not know gets the plain page's glyph, named as it was stored.
 */
export function KindIcon({ kind }: { kind: ResourceKind }) {
  const label = kindLabel(kind);
  const known = isResourceKind(kind);
  return (
    <span class={known ? `kind kind-${kind}` : 'kind'} role="img" aria-label={label} title={label}>
      {known ? GLYPHS[kind] : GLYPHS.other}
    </span>
  );
}
