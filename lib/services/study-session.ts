import type { WaymarkDatabase } from '../db/database';
import { readLiveRows } from '../db/roadmap-repository';
import { readSettings } from '../db/settings-repository';
import { reviewLoad } from '../domain/schedule/balance-due';
import {
  completeBuildSession,
  completeReview,
  undoSession,
} from '../domain/schedule/complete-session';
import type { ActiveSession, Project, Rating, Review } from '../domain/types';
import { markProjectPagesRead } from './page-reading';
import { UserError } from './user-error';

/** Starts the timer for a project's session; the tab group (if any) is remembered with it. */
export async function startStudySession(db: WaymarkDatabase, session: ActiveSession) {
  await db.transaction('rw', db.sessions, db.resources, async () => {
    // One session at a time: starting another replaces the one left running.
    await db.sessions.clear();
    await db.sessions.put(session);
    await db.resources
      .where('projectId')
      .equals(session.projectId)
      .modify({ lastOpenedAt: session.startedAt });
  });
}

interface SessionBase {
  minutes: number;
  note: string;
  now: number;
  /** Pages of the project the user finished in this session: marked read in the same save. */
  pagesRead?: readonly string[];
}

export interface BuildResult extends SessionBase {
  kind: 'build';
  childrenDone: string[];
  finished: boolean;
}

export interface ReviewResult extends SessionBase {
  kind: 'review';
  rating: Rating;
}

export type SessionResult = BuildResult | ReviewResult;

/**
 * Records a finished session and stops the timer, in one transaction: a build session adds its
 * minutes (and, when the user says so, moves the project to review); a review moves the card on.
 * The pages the user finished are marked read in the same transaction.
 */
export async function finishStudySession(
  db: WaymarkDatabase,
  projectId: string,
  result: SessionResult,
  newId: () => string = () => crypto.randomUUID(),
): Promise<{ project: Project; review: Review }> {
  const tables = [db.projects, db.reviews, db.sessions, db.settings, db.resources];
  return db.transaction('rw', tables, async () => {
    const [project, settings, projects] = await Promise.all([
      db.projects.get(projectId),
      readSettings(db),
      readLiveRows(db.projects),
    ]);
    if (!project) throw new UserError('That project is no longer in your roadmap.');
    // The new due day goes to the lightest day of its window, counting every other review.
    const load = reviewLoad(projects, projectId);
    const base = {
      minutes: Math.max(0, Math.round(result.minutes)),
      note: result.note,
      now: result.now,
      reviewId: newId(),
    };
    const outcome =
      result.kind === 'build'
        ? completeBuildSession(
            project,
            { ...base, childrenDone: result.childrenDone, finished: result.finished },
            settings,
            load,
          )
        : completeReview(project, { ...base, rating: result.rating }, settings, load);
    await db.projects.put(outcome.project);
    await db.reviews.add(outcome.review);
    await db.sessions.delete(projectId);
    await markProjectPagesRead(db, projectId, result.pagesRead ?? [], result.now);
    return outcome;
  });
}

/** Takes back the most recent session: the project returns exactly to its state before it. */
export async function undoLastSession(db: WaymarkDatabase): Promise<Project | null> {
  return db.transaction('rw', db.projects, db.reviews, async () => {
    const review = await db.reviews.orderBy('at').last();
    if (!review) return null;
    const project = await db.projects.get(review.projectId);
    if (!project) return null;
    const restored = undoSession(project, review, review.at);
    await db.projects.put(restored);
    await db.reviews.delete(review.id);
    return restored;
  });
}
