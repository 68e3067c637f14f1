import type { Project } from '../types';
import type { NoteProgress } from './write-progress';

/** A project as the note says it: done (a row without a box is not) and its estimate. */
export interface NoteProjectState {
  done: boolean;
  estimateMinutes?: number;
}

/**
 * Waymark's side of the three-way merge: what Waymark changed since the note was last taken in
 * (`base`), and only that, so a write never undoes an edit made in the note meanwhile. A project
 * the base does not hold came from no note row and is left alone.
 */
export function progressToWrite(
  projects: readonly Project[],
  base: ReadonlyMap<string, NoteProjectState>,
  options: { estimates: boolean },
): NoteProgress[] {
  const wanted: NoteProgress[] = [];
  for (const project of projects) {
    const noted = project.archived === 0 ? base.get(project.key) : undefined;
    if (!noted) continue;
    const done = project.done !== noted.done;
    const estimate =
      options.estimates &&
      project.estimateMinutes !== undefined &&
      project.estimateMinutes !== noted.estimateMinutes;
    if (!done && !estimate) continue;
    wanted.push({
      key: project.key,
      title: project.title,
      ...(done ? { done: project.done } : {}),
      ...(estimate ? { estimateMinutes: project.estimateMinutes } : {}),
    });
  }
  return wanted;
}

/**
 * Leaves out of `wanted` the estimates the note changed too since `base`: both sides moved, so the
 * user chooses when the note's change is reviewed, and the note's value is never written over.
 */
export function withoutNoteChanged(
  wanted: readonly NoteProgress[],
  base: ReadonlyMap<string, NoteProjectState>,
  current: ReadonlyMap<string, NoteProjectState>,
): NoteProgress[] {
  return wanted.flatMap((change) => {
    if (change.estimateMinutes === undefined) return [change];
    const before = base.get(change.key)?.estimateMinutes;
    if (current.get(change.key)?.estimateMinutes === before) return [change];
    if (change.done === undefined) return [];
    return [{ key: change.key, title: change.title, done: change.done }];
  });
}
