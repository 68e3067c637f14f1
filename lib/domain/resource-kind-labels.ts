import type { ResourceKind } from './types';

/** Names of resource kinds for display; apart from the classifier so pages can show them cheaply. */
export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  repo: 'Repository',
  paper: 'Paper',
  docs: 'Documentation',
  video: 'Video',
  course: 'Course',
  article: 'Article',
  other: 'Page',
};

/** The longest stored kind shown as it is; a damaged row may hold any length. */
const SHOWN_MAX = 40;

export function isResourceKind(kind: unknown): kind is ResourceKind {
  return typeof kind === 'string' && Object.hasOwn(RESOURCE_KIND_LABELS, kind);
}

/**
 * A kind's name for display. A kind Waymark does not know (written by an older version or a bug)
 * is shown as it was stored, as text, rather than taking the page down.
 */
export function kindLabel(kind: unknown): string {
  if (isResourceKind(kind)) return RESOURCE_KIND_LABELS[kind];
  const text = typeof kind === 'string' ? kind : storedText(kind);
  return text.length > SHOWN_MAX ? `${text.slice(0, SHOWN_MAX - 1)}…` : text;
}

function storedText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}
