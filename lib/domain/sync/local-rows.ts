import type { Objective, Project, Resource, Review, Roadmap, Settings } from '../types';
import { sameJson } from './stable-json';

/** The user's rows on this device, as sync reads them and writes them back. */
export interface LocalRows {
  roadmap?: Roadmap;
  objectives: Objective[];
  projects: Project[];
  resources: Resource[];
  reviews: Review[];
  settings: Settings;
}

/** What to write so the database holds `after`: rows to put and ids to delete, per table. */
export interface RowChanges {
  put: {
    roadmaps: Roadmap[];
    objectives: Objective[];
    projects: Project[];
    resources: Resource[];
    reviews: Review[];
    settings: Settings[];
  };
  remove: { objectives: string[]; projects: string[]; resources: string[]; reviews: string[] };
}

interface Row {
  id: string;
}

/** Rows of `after` that are new or differ in content, and ids of `before` that `after` lacks. */
function tableChanges<T extends Row>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((row) => [row.id, row]));
  const ids = new Set(after.map((row) => row.id));
  const unchanged = (row: T) => {
    const previous = old.get(row.id);
    return previous !== undefined && sameJson(previous, row);
  };
  return {
    put: after.filter((row) => !unchanged(row)),
    remove: before.filter((row) => !ids.has(row.id)).map((row) => row.id),
  };
}

/** The writes that turn `before` into `after`; rows equal in content are left alone. */
export function changedRows(before: LocalRows, after: LocalRows): RowChanges {
  const objectives = tableChanges(before.objectives, after.objectives);
  const projects = tableChanges(before.projects, after.projects);
  const resources = tableChanges(before.resources, after.resources);
  const reviews = tableChanges(before.reviews, after.reviews);
  const roadmapChanged = after.roadmap !== undefined && !sameJson(before.roadmap, after.roadmap);
  const settingsChanged = !sameJson(before.settings, after.settings);
  return {
    put: {
      roadmaps: roadmapChanged && after.roadmap ? [after.roadmap] : [],
      objectives: objectives.put,
      projects: projects.put,
      resources: resources.put,
      reviews: reviews.put,
      settings: settingsChanged ? [after.settings] : [],
    },
    remove: {
      objectives: objectives.remove,
      projects: projects.remove,
      resources: resources.remove,
      reviews: reviews.remove,
    },
  };
}
