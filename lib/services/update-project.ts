import type { WaymarkDatabase } from '../db/database';
import { postponeProject, skipToday } from '../domain/schedule/postpone-project';
import type { Project } from '../domain/types';

/** Applies a pure change to one project inside a transaction, so concurrent writers never clash. */
async function changeProject(
  db: WaymarkDatabase,
  projectId: string,
  change: (p: Project) => Project,
) {
  await db.transaction('rw', db.projects, async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new Error('That project is no longer in your roadmap.');
    await db.projects.put(change(project));
  });
}

export function setSessionMinutes(
  db: WaymarkDatabase,
  projectId: string,
  minutes: number | undefined,
) {
  return changeProject(db, projectId, (project) => {
    const changed: Project = { ...project, sessionMinutes: Math.max(5, Math.round(minutes ?? 0)) };
    if (minutes === undefined) delete changed.sessionMinutes;
    return changed;
  });
}

export function postpone(db: WaymarkDatabase, projectId: string, untilDay: string) {
  return changeProject(db, projectId, (p) => postponeProject(p, untilDay));
}

export function skip(db: WaymarkDatabase, projectId: string, today: string) {
  return changeProject(db, projectId, (p) => skipToday(p, today));
}

export function setDone(db: WaymarkDatabase, projectId: string, done: boolean) {
  return changeProject(db, projectId, (p) => ({ ...p, done }));
}

/** Pause and retire take a project out of the plan; resume puts it back where its card says. */
export function setStatus(
  db: WaymarkDatabase,
  projectId: string,
  status: 'paused' | 'retired' | 'resume',
) {
  return changeProject(db, projectId, (p) => ({
    ...p,
    status: status === 'resume' ? (p.card ? 'active' : 'new') : status,
  }));
}
