import type { Project, ProgressState, Rating, Review, Settings } from '../types';
import { balanceDue, type ReviewLoad } from './balance-due';
import type { ScheduleSettings } from './fsrs-card';
import { markBuilt } from './project-phase';
import { scheduleNext } from './schedule-next';

interface SessionBase {
  minutes: number;
  note: string;
  now: number;
  reviewId: string;
}

export interface BuildOutcome extends SessionBase {
  /** Breakdown items the user ticked in this session. */
  childrenDone: string[];
  /** The user says the project is done: it moves to review. */
  finished: boolean;
}

export interface ReviewOutcome extends SessionBase {
  rating: Rating;
}

/** The fields a session may change, copied so undo can put them back exactly. */
export function progressOf(project: Project): ProgressState {
  const state: ProgressState = {
    phase: project.phase,
    builtMinutes: project.builtMinutes,
    childrenDone: [...project.childrenDone],
    status: project.status,
  };
  if (project.card) state.card = { ...project.card };
  if (project.notBefore !== undefined) state.notBefore = project.notBefore;
  if (project.deferred) state.deferred = true;
  return state;
}

/** The project with `state`'s fields, and no leftover optional ones. */
function withProgress(project: Project, state: ProgressState): Project {
  const { card: _card, notBefore: _notBefore, deferred: _deferred, ...rest } = project;
  void _card;
  void _notBefore;
  void _deferred;
  const restored: Project = { ...rest, ...progressOf({ ...rest, ...state } as Project) };
  restored.done = restored.phase === 'reviewing';
  return restored;
}

/** The log row of a session, with the project's progress before it for undo. */
function sessionRecord(project: Project, outcome: SessionBase, kind: Review['kind']): Review {
  return {
    id: outcome.reviewId,
    projectId: project.id,
    at: outcome.now,
    kind,
    minutes: outcome.minutes,
    note: outcome.note,
    before: progressOf(project),
  };
}

/** Any session clears a postponement: it was for the session just done. */
function withoutPostponement(project: Project): Project {
  const { notBefore: _cleared, ...rest } = project;
  void _cleared;
  return rest;
}

/**
 * A finished build session: its minutes count towards the estimate, its ticked breakdown items
 * are kept, and "project done" moves it to review with a card that starts today. A queued
 * project worked on out of turn becomes building.
 */
export function completeBuildSession(
  project: Project,
  outcome: BuildOutcome,
  settings: Pick<Settings, 'desiredRetention' | 'maximumIntervalDays'>,
  load: ReviewLoad,
): { project: Project; review: Review } {
  const review = sessionRecord(project, outcome, 'build');
  const ticked = outcome.childrenDone.filter(
    (child) => project.children.includes(child) && !project.childrenDone.includes(child),
  );
  if (ticked.length) review.childrenDone = ticked;
  if (outcome.finished) review.finished = true;
  const { deferred: _deferred, ...rest } = withoutPostponement(project);
  void _deferred;
  const worked: Project = {
    ...rest,
    phase: project.phase === 'reviewing' ? 'reviewing' : 'building',
    builtMinutes: Math.max(0, project.builtMinutes) + outcome.minutes,
    childrenDone: [...project.childrenDone, ...ticked],
  };
  const next = outcome.finished ? markBuilt(worked, outcome.now, settings, load) : worked;
  return { project: next, review };
}

/** A finished review: FSRS moves the card on by the rating, to the lightest day of its window. */
export function completeReview(
  project: Project,
  outcome: ReviewOutcome,
  settings: ScheduleSettings,
  load: ReviewLoad,
): { project: Project; review: Review } {
  const review: Review = { ...sessionRecord(project, outcome, 'review'), rating: outcome.rating };
  const card = balanceDue(scheduleNext(project.card, outcome.rating, outcome.now, settings), load);
  return { project: { ...withoutPostponement(project), card }, review };
}

/**
 * The project exactly as it was before `review`. Only the project's latest session can be undone:
 * undoing an older one would silently drop the sessions after it, so that throws.
 */
export function undoSession(project: Project, review: Review, latestAt: number): Project {
  if (review.projectId !== project.id) {
    throw new Error('That session belongs to another project.');
  }
  if (review.at !== latestAt) {
    throw new Error('Only the latest session of a project can be undone.');
  }
  return withProgress(project, review.before);
}
