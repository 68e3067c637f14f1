import { liveQuery } from 'dexie';
import type { Objective, Project, Resource } from '../domain/types';
import type { WaymarkDatabase } from './database';

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

/** Calls `onChange` with the input now and after every change to it, from any extension context. */
export function watchSuggestionInput(
  db: WaymarkDatabase,
  onChange: (input: SuggestionInput) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => readSuggestionInput(db)).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
