import type { WaymarkDatabase } from '../db/database';
import { readLiveRows } from '../db/roadmap-repository';
import { readSettings } from '../db/settings-repository';
import { withOptional } from '../domain/optional-keys';
import { balanceDue, reviewLoad } from '../domain/schedule/balance-due';
import { isDayString } from '../domain/schedule/day-index';
import { MAX_ESTIMATE_MINUTES, SHORTEST_PROJECT_SESSION_MINUTES } from '../domain/schedule/effort';
import { finishedCard } from '../domain/schedule/learned-card';
import { postponeProject, skipToday } from '../domain/schedule/postpone-project';
import { markBuilt, putBack, reopenProject, startNow } from '../domain/schedule/project-phase';
import type { Project } from '../domain/types';
import { UserError } from './user-error';

/** Applies a pure change to one project inside a transaction, so concurrent writers never clash. */
async function changeProject(
  db: WaymarkDatabase,
  projectId: string,
  change: (p: Project) => Project,
) {
  await db.transaction('rw', db.projects, async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new UserError('That project is no longer in your roadmap.');
    await db.projects.put(change(project));
  });
}

/** The project's own build session length (or, with `field`, review length); undefined: the default. */
export function setSessionMinutes(
  db: WaymarkDatabase,
  projectId: string,
  minutes: number | undefined,
  field: 'sessionMinutes' | 'reviewMinutes' = 'sessionMinutes',
) {
  const length =
    minutes === undefined
      ? undefined
      : Math.max(SHORTEST_PROJECT_SESSION_MINUTES, Math.round(minutes));
  return changeProject(db, projectId, (project) => withOptional(project, field, length));
}

export function postpone(db: WaymarkDatabase, projectId: string, untilDay: string) {
  return changeProject(db, projectId, (p) => postponeProject(p, untilDay));
}

export function skip(db: WaymarkDatabase, projectId: string, today: string) {
  return changeProject(db, projectId, (p) => skipToday(p, today));
}

/** Done moves the project to review (its card starts at `now`); not done reopens it for building. */
export async function setDone(db: WaymarkDatabase, projectId: string, done: boolean, now: number) {
  await db.transaction('rw', db.projects, db.settings, async () => {
    const [project, settings, projects] = await Promise.all([
      db.projects.get(projectId),
      readSettings(db),
      readLiveRows(db.projects),
    ]);
    if (!project) throw new UserError('That project is no longer in your roadmap.');
    if (done === (project.phase === 'reviewing')) return;
    const changed = done
      ? markBuilt(project, balanceDue(finishedCard(now, settings), reviewLoad(projects, projectId)))
      : reopenProject(project);
    await db.projects.put(changed);
  });
}

/** Start a queued project now, out of turn, or put a building one back in the queue. */
export function setBuilding(db: WaymarkDatabase, projectId: string, building: boolean) {
  return changeProject(db, projectId, (p) => (building ? startNow(p) : putBack(p)));
}

/** The project's own estimate in minutes; undefined goes back to the default. */
export function setEstimate(db: WaymarkDatabase, projectId: string, minutes: number | undefined) {
  if (minutes !== undefined && !(minutes > 0 && minutes <= MAX_ESTIMATE_MINUTES)) {
    return Promise.reject(
      new UserError(
        `An estimate must be more than 0 and at most ${MAX_ESTIMATE_MINUTES / 60} hours.`,
      ),
    );
  }
  const estimate = minutes === undefined ? undefined : Math.round(minutes);
  return changeProject(db, projectId, (project) =>
    withOptional(project, 'estimateMinutes', estimate),
  );
}

/** Ticks or unticks one of the note's breakdown items. */
export function setChildDone(db: WaymarkDatabase, projectId: string, child: string, done: boolean) {
  return changeProject(db, projectId, (project) => {
    if (!project.children.includes(child)) return project;
    const others = project.childrenDone.filter((item) => item !== child);
    return { ...project, childrenDone: done ? [...others, child] : others };
  });
}

/** The day the user wants an objective reached; undefined clears it. */
export async function setTargetDate(
  db: WaymarkDatabase,
  objectiveId: string,
  day: string | undefined,
) {
  if (day !== undefined && !isDayString(day)) throw new UserError('Enter a date as YYYY-MM-DD.');
  await db.transaction('rw', db.objectives, async () => {
    const objective = await db.objectives.get(objectiveId);
    if (!objective) throw new UserError('That objective is no longer in your roadmap.');
    await db.objectives.put(withOptional(objective, 'targetDate', day));
  });
}

/** Pause and retire take a project out of the plan; resume puts it back where its card says. */
export function setStatus(
  db: WaymarkDatabase,
  projectId: string,
  status: 'paused' | 'retired' | 'resume',
) {
  return changeProject(db, projectId, (p) => ({
    ...p,
    status: status === 'resume' ? 'active' : status,
  }));
}
