import { RESOURCE_KIND_LABELS } from '../lib/domain/resource-kind-labels';
import type { ResourceKind } from '../lib/domain/types';

/** Plain glyphs: no icon font or image to load, and they follow the text colour and theme. */
const GLYPHS: Record<ResourceKind, string> = {
  repo: '⑂',
  paper: '¶',
  docs: '§',
  video: '▶',
  course: '✎',
  article: '❝',
  other: '◦',
};

/** What a page is (repository, paper, ...), as a small glyph with its name for assistive tech. */
export function KindIcon({ kind }: { kind: ResourceKind }) {
  const label = RESOURCE_KIND_LABELS[kind];
  return (
    <span class={`kind kind-${kind}`} role="img" aria-label={label} title={label}>
      {GLYPHS[kind]}
    </span>
  );
}
