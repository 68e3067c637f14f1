import { liveQuery } from 'dexie';
import type { Objective, Project } from '../domain/types';
import type { WaymarkDatabase } from './database';

export interface RoadmapView {
  objectives: Objective[];
  projects: Project[];
}

/** Objectives and projects still in the note, in note order. */
export async function readActiveRoadmap(db: WaymarkDatabase): Promise<RoadmapView> {
  const [objectives, projects] = await Promise.all([
    db.objectives.filter((o) => o.archived === 0).toArray(),
    db.projects.filter((p) => p.archived === 0).toArray(),
  ]);
  return {
    objectives: objectives.sort((a, b) => a.order - b.order),
    projects: projects.sort((a, b) => a.order - b.order),
  };
}

/** Calls `onChange` with the roadmap now and after every change, from any extension context. */
export function watchActiveRoadmap(
  db: WaymarkDatabase,
  onChange: (view: RoadmapView) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => readActiveRoadmap(db)).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
