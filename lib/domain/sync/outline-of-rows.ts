import { hashKey } from '../hash-key';
import { normaliseTitle } from '../roadmap/normalise-title';
import type { Objective, Project, Roadmap } from '../types';
import { stableJson } from './stable-json';
import type { Outline } from './sync-state';

const byOrder = (a: { order: number; key: string }, b: { order: number; key: string }) =>
  a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The roadmap's outline as the rows hold it: live objectives (keyed by normalised title) and
 * their live projects, in a stable order. Undefined when there is no project: an empty outline
 * must never go over another device's plan.
 */
export function outlineOfRows(rows: {
  roadmap?: Roadmap;
  objectives: readonly Objective[];
  projects: readonly Project[];
}): Outline | undefined {
  const objectives = rows.objectives.filter((objective) => objective.archived === 0);
  const keyOf = new Map(
    objectives.map((objective) => [objective.id, normaliseTitle(objective.title)]),
  );
  const projects = rows.projects.flatMap((project) => {
    const objectiveKey = keyOf.get(project.objectiveId);
    if (project.archived !== 0 || objectiveKey === undefined) return [];
    return [
      {
        key: project.key,
        objectiveKey,
        title: project.title,
        order: project.order,
        links: project.links.map((link) => ({ url: link.url, label: link.label })),
        children: [...project.children],
      },
    ];
  });
  if (projects.length === 0) return undefined;
  return {
    title: rows.roadmap?.title ?? '',
    objectives: objectives
      .map((objective) => ({
        key: keyOf.get(objective.id) ?? '',
        title: objective.title,
        order: objective.order,
      }))
      .sort(byOrder),
    projects: projects.sort(byOrder),
  };
}

/** A short digest of an outline, so the baseline need not hold the outline itself. */
export function outlineDigest(outline: Outline | undefined): string {
  if (!outline) return '';
  const json = stableJson(outline);
  return `${hashKey(json)}.${json.length}`;
}
