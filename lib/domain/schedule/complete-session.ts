import { withoutKeys } from '../optional-keys';
import type { Project, ProgressState, Rating, Review } from '../types';
import { balanceDue, type ReviewLoad } from './balance-due';
import type { ScheduleSettings } from './fsrs-card';
import { finishedCard } from './learned-card';
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

/** The fields a session may change (of a project, or as kept for undo), copied. */
export function progressOf(state: ProgressState): ProgressState {
  const copy: ProgressState = {
    phase: state.phase,
    builtMinutes: state.builtMinutes,
    childrenDone: [...state.childrenDone],
    status: state.status,
  };
  if (state.card) copy.card = { ...state.card };
  if (state.notBefore !== undefined) copy.notBefore = state.notBefore;
  if (state.deferred) copy.deferred = true;
  return copy;
}

/** The project with `state`'s fields, and none of the optional ones `state` leaves out. */
function withProgress(project: Project, state: ProgressState): Project {
  const rest = withoutKeys(project, 'card', 'notBefore', 'deferred');
  return { ...rest, ...progressOf(state), done: state.phase === 'reviewing' };
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

/**
 * A finished build session: its minutes count towards the estimate, its ticked breakdown items
 * are kept, and "project done" moves it to review with a card that starts today. A queued
 * project worked on out of turn becomes building.
 */
export function completeBuildSession(
  project: Project,
  outcome: BuildOutcome,
  settings: ScheduleSettings,
  load: ReviewLoad,
): { project: Project; review: Review } {
  const review = sessionRecord(project, outcome, 'build');
  const ticked = outcome.childrenDone.filter(
    (child) => project.children.includes(child) && !project.childrenDone.includes(child),
  );
  if (ticked.length) review.childrenDone = ticked;
  if (outcome.finished) review.finished = true;
  // Any session clears a postponement (it was for this one) and a place at the back of the queue.
  const worked: Project = {
    ...withoutKeys(project, 'notBefore', 'deferred'),
    phase: project.phase === 'reviewing' ? 'reviewing' : 'building',
    builtMinutes: Math.max(0, project.builtMinutes) + outcome.minutes,
    childrenDone: [...project.childrenDone, ...ticked],
  };
  const next = outcome.finished
    ? markBuilt(worked, balanceDue(finishedCard(outcome.now, settings), load))
    : worked;
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
  return { project: reviewedProject(project, outcome, settings, load), review };
}

/** The project after a review, without its log row: sync replays thousands of these. */
export function reviewedProject(
  project: Project,
  outcome: Pick<ReviewOutcome, 'rating' | 'now'>,
  settings: ScheduleSettings,
  load: ReviewLoad,
): Project {
  const card = balanceDue(scheduleNext(project.card, outcome.rating, outcome.now, settings), load);
  return { ...withoutKeys(project, 'notBefore'), card };
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
