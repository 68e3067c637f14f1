import type { WaymarkDatabase } from '../db/database';
import { readSettings } from '../db/settings-repository';
import {
  completeSession,
  undoReview,
  type UndoableReview,
} from '../domain/schedule/complete-session';
import type { ActiveSession, Project, Rating } from '../domain/types';

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

export interface SessionResult {
  rating: Rating;
  minutes: number;
  note: string;
  now: number;
}

/** Records the rated session, moves the project's card on, and stops the timer: one transaction. */
export async function finishStudySession(
  db: WaymarkDatabase,
  projectId: string,
  result: SessionResult,
): Promise<{ project: Project; review: UndoableReview }> {
  return db.transaction('rw', db.projects, db.reviews, db.sessions, db.settings, async () => {
    const [project, settings] = await Promise.all([db.projects.get(projectId), readSettings(db)]);
    if (!project) throw new Error('That project is no longer in your roadmap.');
    const outcome = completeSession(
      project,
      {
        ...result,
        minutes: Math.max(0, Math.round(result.minutes)),
        reviewId: crypto.randomUUID(),
      },
      settings,
    );
    await db.projects.put(outcome.project);
    await db.reviews.add(outcome.review);
    await db.sessions.delete(projectId);
    return outcome;
  });
}

/** Takes back the most recent rating: the project returns exactly to its state before it. */
export async function undoLastReview(db: WaymarkDatabase): Promise<Project | null> {
  return db.transaction('rw', db.projects, db.reviews, async () => {
    const review = (await db.reviews.orderBy('at').last()) as UndoableReview | undefined;
    if (!review) return null;
    const project = await db.projects.get(review.projectId);
    if (!project) return null;
    const restored = undoReview(project, review);
    await db.projects.put(restored);
    await db.reviews.delete(review.id);
    return restored;
  });
}

export async function cancelStudySession(db: WaymarkDatabase, projectId: string) {
  await db.sessions.delete(projectId);
}
