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
