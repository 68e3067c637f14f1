import type { EntityTable } from 'dexie';
import type { Objective, Project } from '../domain/types';
import type { WaymarkDatabase } from './database';
import { readableObjective, readableProject } from './readable-rows';
import { watchQuietly } from './watch-quietly';

export interface RoadmapView {
  objectives: Objective[];
  projects: Project[];
}

/**
 * Rows still in the note. One `getAll` and a filter here: Dexie's own `filter` walks a cursor
 * row by row, several times slower on 1,000 projects.
 */
export async function readLiveRows<T extends { id: string; archived: 0 | 1 }>(
  table: EntityTable<T, 'id'>,
): Promise<T[]> {
  return (await table.toArray()).filter((row) => row.archived === 0);
}

/** Objectives and projects still in the note, in note order, as the planner can use them. */
export async function readActiveRoadmap(db: WaymarkDatabase): Promise<RoadmapView> {
  const [objectives, projects] = await Promise.all([
    readLiveRows(db.objectives),
    readLiveRows(db.projects),
  ]);
  return {
    objectives: objectives.map(readableObjective).sort((a, b) => a.order - b.order),
    projects: projects.map(readableProject).sort((a, b) => a.order - b.order),
  };
}

/**
 * Calls `onChange` with the roadmap now and once changes to it (from any extension context) have
 * been quiet for `delayMs`.
 */
export function watchActiveRoadmap(
  db: WaymarkDatabase,
  delayMs: number,
  onChange: (view: RoadmapView) => void,
  onError: (error: unknown) => void,
  after?: Promise<void>,
): () => void {
  return watchQuietly(
    db,
    ['objectives', 'projects'],
    delayMs,
    () => readActiveRoadmap(db),
    onChange,
    onError,
    after,
  );
}
