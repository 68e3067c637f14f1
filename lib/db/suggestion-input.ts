import type { Objective, Project, Resource } from '../domain/types';
import type { WaymarkDatabase } from './database';
import { watchQuietly } from './watch-quietly';

/** The tables the suggestion input is read from. */
export const SUGGESTION_TABLES = ['objectives', 'projects', 'resources'] as const;

export interface SuggestionInput {
  objectives: Objective[];
  projects: Project[];
  resources: Resource[];
}

/** Everything the suggestion index learns from: the roadmap and every attached page. */
export async function readSuggestionInput(db: WaymarkDatabase): Promise<SuggestionInput> {
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
  /** Called as each read starts: a copy built from it has seen every write before this. */
  onRead?: () => void,
): () => void {
  return watchQuietly(
    db,
    SUGGESTION_TABLES,
    delayMs,
    () => {
      onRead?.();
      return readSuggestionInput(db);
    },
    onChange,
    onError,
    after,
  );
}
