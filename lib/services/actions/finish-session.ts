import type { Project, Review } from '../../domain/types';
import { finishStudySession, type BuildResult, type ReviewResult } from '../study-session';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/** What the user said about the session; the time it ends is the action's `now`. */
export type SessionReport = Omit<BuildResult, 'now'> | Omit<ReviewResult, 'now'>;

/** Records the session in progress and stops its timer; the caller words the saved result. */
export function finishSession(
  deps: ActionDeps,
  projectId: string,
  report: SessionReport,
): Promise<Outcome<{ project: Project; review: Review }>> {
  return runAction(() =>
    finishStudySession(deps.db, projectId, { ...report, now: deps.now() }, deps.newId),
  );
}
