import { isResourceKind, kindLabel } from '../lib/domain/resource-kind-labels';
import type { ResourceKind } from '../lib/domain/types';
import { KindIcon } from './KindIcon';

export interface ResourceItem {
  id: string;
  title: string;
  url: string;
  kind: ResourceKind;
}

interface ResourceListProps {
  resources: ResourceItem[];
  more?: number;
  /** Told when a link is opened, so the page can remember where the user left off. */
  onOpen?: (resourceId: string) => void;
}

/**
 * Resources as links, each with its kind in a glyph and a word; titles are text, links open in a
 * new tab. A kind Waymark does not know is shown as it was stored.
 */
export function ResourceList({ resources, more = 0, onOpen }: ResourceListProps) {
  if (resources.length === 0)
    return <p class="muted resources-empty">No resources attached yet.</p>;
  return (
    <ul class="resources">
      {resources.map((r) => (
        <li key={r.id}>
          <KindIcon kind={r.kind} />
          <a href={r.url} target="_blank" rel="noopener noreferrer" onClick={() => onOpen?.(r.id)}>
            {r.title}
          </a>
          {/* Said once to assistive tech, by the glyph; a plain page needs no word. */}
          {r.kind !== 'other' && (
            <span class="muted resource-kind" aria-hidden="true">
              {' '}
              {isResourceKind(r.kind) ? kindLabel(r.kind).toLowerCase() : kindLabel(r.kind)}
            </span>
          )}
        </li>
      ))}
      {more > 0 && <li class="muted">and {more} more</li>}
    </ul>
  );
}
