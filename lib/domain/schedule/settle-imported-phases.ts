import type { Project, Settings } from '../types';
import { spreadFirstReviews } from './learned-card';
import { markBuilt, reopenProject } from './project-phase';

/**
 * Phases after an import, from the note's done boxes: a project the note marks done and Waymark
 * does not is learned on the import day (the first reviews of all such projects spread over two
 * weeks); one the note no longer marks done goes back to building. Rows in `projects` come in
 * roadmap order and unchanged ones are returned as the same objects.
 */
export function settleImportedPhases(
  projects: readonly Project[],
  now: number,
  settings: Pick<Settings, 'desiredRetention' | 'maximumIntervalDays'>,
): Project[] {
  const learned = projects.filter((p) => p.done && p.phase !== 'reviewing' && !p.archived);
  const cards = spreadFirstReviews(learned.length, now, settings);
  const cardOf = new Map(learned.map((project, index) => [project, cards[index]]));
  return projects.map((project) => {
    const card = cardOf.get(project);
    if (card) return markBuilt(project, card);
    if (!project.done && project.phase === 'reviewing') return reopenProject(project);
    return project;
  });
}
