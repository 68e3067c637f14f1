import { withoutKeys } from '../optional-keys';
import type { MemoryCard, Project } from '../types';

/**
 * Built: the project is done and reviewed from now on with `card`, learned the day it was built
 * (finishedCard, balanced) or, for projects found done at import, one of spreadFirstReviews.
 */
export function markBuilt(project: Project, card: MemoryCard): Project {
  return { ...withoutKeys(project, 'notBefore', 'deferred'), phase: 'reviewing', done: true, card };
}

/**
 * Back to building (reopened in Waymark, unticked in the note, or after a review rated Again):
 * its build minutes and card stay as history; reviews stop until it is done again.
 */
export function reopenProject(project: Project): Project {
  return { ...project, phase: 'building', done: false };
}

/** Start a queued project now, out of turn. */
export function startNow(project: Project): Project {
  return { ...withoutKeys(project, 'deferred'), phase: 'building', done: false };
}

/** Put a building project back in the queue, behind every other queued project. */
export function putBack(project: Project): Project {
  return { ...project, phase: 'queued', done: false, deferred: true };
}
