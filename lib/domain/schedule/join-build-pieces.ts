import type { PlannedSession } from './plan-types';

/**
 * A project's build pieces of one day as one session of their summed length: the user starts it
 * once and works through.
 */
export function joinBuildPieces(sessions: readonly PlannedSession[]): PlannedSession[] {
  const joined: PlannedSession[] = [];
  const builds = new Map<string, PlannedSession>();
  for (const session of sessions) {
    const earlier = session.kind === 'build' ? builds.get(session.projectId) : undefined;
    if (earlier) {
      earlier.minutes += session.minutes;
      continue;
    }
    const copy = { ...session };
    if (session.kind === 'build') builds.set(session.projectId, copy);
    joined.push(copy);
  }
  return joined;
}
