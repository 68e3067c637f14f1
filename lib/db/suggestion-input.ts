import type { Objective, Project, Resource } from '../domain/types';
import type { WaymarkDatabase } from './database';
import { watchQuietly } from './watch-quietly';

export interface SuggestionInput {
  objectives: Objective[];
  projects: Project[];
  resources: Resource[];
}

/** Everything the suggestion index learns from: the roadmap and every attached page. */
async function readSuggestionInput(db: WaymarkDatabase): Promise<SuggestionInput> {
  return db.transaction('r', db.objectives, db.projects, db.resources, async () => {
    const [objectives, projects, resources] = await Promise.all([
      db.objectives.toArray(),
      db.projects.toArray(),
      db.resources.toArray(),
    ]);
    return { objectives, projects, resources };
  });
}

/**
 * Calls `onChange` with the input now and once changes to it (from any extension context) have
 * been quiet for `delayMs`: an import or a bulk attach fires many.
 */
export function watchSuggestionInput(
  db: WaymarkDatabase,
  delayMs: number,
  onChange: (input: SuggestionInput) => void,
  onError: (error: unknown) => void,
  after?: Promise<void>,
): () => void {
  return watchQuietly(
    db,
    ['objectives', 'projects', 'resources'],
    delayMs,
    () => readSuggestionInput(db),
    onChange,
    onError,
    after,
  );
}
