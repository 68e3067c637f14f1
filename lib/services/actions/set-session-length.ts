import { MINUTES_PER_DAY_MAX } from '../../domain/settings/validate-settings';
import { SHORTEST_PROJECT_SESSION_MINUTES } from '../../domain/schedule/effort';
import { setSessionMinutes } from '../update-project';
import { UserError } from '../user-error';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

/**
 * A project's own length for its build sessions or its reviews, in minutes (raised to the
 * shortest a project may ask for); undefined goes back to the default from Settings.
 */
export function setSessionLength(
  deps: Pick<ActionDeps, 'db'>,
  projectId: string,
  kind: 'build' | 'review',
  minutes: number | undefined,
): Promise<Outcome> {
  return runAction(async () => {
    if (minutes !== undefined && !(Number.isFinite(minutes) && minutes <= MINUTES_PER_DAY_MAX)) {
      throw new UserError(
        `Enter minutes from ${SHORTEST_PROJECT_SESSION_MINUTES} to ${MINUTES_PER_DAY_MAX}.`,
      );
    }
    const field = kind === 'build' ? 'sessionMinutes' : 'reviewMinutes';
    await setSessionMinutes(deps.db, projectId, minutes, field);
    const what = kind === 'build' ? 'Session' : 'Review';
    return {
      message:
        minutes === undefined ? `${what} length back to the default.` : `${what} length saved.`,
    };
  });
}
