import type { Project, Settings } from '../types';
import { balanceDue, type ReviewLoad } from './balance-due';
import { finishedCard } from './learned-card';

/** Built: the project is done and reviewed from now on, with a card that starts at `now`. */
export function markBuilt(
  project: Project,
  now: number,
  settings: Pick<Settings, 'desiredRetention' | 'maximumIntervalDays'>,
  load: ReviewLoad,
): Project {
  const { notBefore: _notBefore, deferred: _deferred, ...rest } = project;
  void _notBefore;
  void _deferred;
  return {
    ...rest,
    phase: 'reviewing',
    done: true,
    card: balanceDue(finishedCard(now, settings), load),
  };
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
  const { deferred: _deferred, ...rest } = project;
  void _deferred;
  return { ...rest, phase: 'building', done: false };
}

/** Put a building project back in the queue, behind every other queued project. */
export function putBack(project: Project): Project {
  return { ...project, phase: 'queued', done: false, deferred: true };
}
