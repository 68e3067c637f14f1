import type { Project, Rating, Review, Settings } from '../types';
import { scheduleNext } from './schedule-next';

export interface SessionOutcome {
  rating: Rating;
  minutes: number;
  note: string;
  now: number;
  reviewId: string;
}

/**
 * A review that can be undone exactly. `notBeforeBefore` is an extra field (not in the shared
 * Review type yet): completing a session clears a postponement, and undo must bring it back.
 */
export interface UndoableReview extends Review {
  notBeforeBefore?: number;
}

/** Records a finished session: the card moves on by the rating and the project becomes active. */
export function completeSession(
  project: Project,
  outcome: SessionOutcome,
  settings: Pick<Settings, 'desiredRetention' | 'maximumIntervalDays'>,
): { project: Project; review: UndoableReview } {
  const review: UndoableReview = {
    id: outcome.reviewId,
    projectId: project.id,
    at: outcome.now,
    rating: outcome.rating,
    minutes: outcome.minutes,
    note: outcome.note,
    statusBefore: project.status,
  };
  if (project.card) review.cardBefore = { ...project.card };
  if (project.notBefore !== undefined) review.notBeforeBefore = project.notBefore;

  // The postponement was for the session just done; the next one follows the new due date.
  const { notBefore: _cleared, ...rest } = project;
  void _cleared;
  const card = scheduleNext(project.card, outcome.rating, outcome.now, settings);
  return { project: { ...rest, card, status: 'active' }, review };
}

/**
 * The project exactly as it was before `review`. Only the latest review can be undone: undoing an
 * older one would silently drop the reviews after it, so that throws.
 */
export function undoReview(project: Project, review: UndoableReview): Project {
  if (review.projectId !== project.id) {
    throw new Error(`review ${review.id} belongs to another project`);
  }
  if (project.card?.lastReview !== review.at) {
    throw new Error(`review ${review.id} is not the project's latest review`);
  }
  const { card: _card, notBefore: _notBefore, ...rest } = project;
  void _card;
  void _notBefore;
  const restored: Project = { ...rest, status: review.statusBefore };
  if (review.cardBefore) restored.card = { ...review.cardBefore };
  if (review.notBeforeBefore !== undefined) restored.notBefore = review.notBeforeBefore;
  return restored;
}
