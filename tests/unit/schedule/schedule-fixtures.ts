import { project as rowOf } from '../../components/fixtures';
import { readFileSync } from 'node:fs';
import { mergeRoadmap } from '../../../lib/domain/roadmap/merge-roadmap';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';
import { dayToEpoch, settleImportedPhases } from '../../../lib/domain/schedule';
import {
  DEFAULT_SETTINGS,
  type MemoryCard,
  type Objective,
  type Project,
  type Settings,
} from '../../../lib/domain/types';

const DAY = 86_400_000;

export function objective(id: string, order: number, extra: Partial<Objective> = {}): Objective {
  return { id, roadmapId: 'r', title: id, order, archived: 0, ...extra };
}

/** A queued project with nothing built yet, in objective `o1`, titled by its id. */
export function project(id: string, extra: Partial<Project> = {}): Project {
  return rowOf(id, 'o1', id, extra);
}

/** A reviewed card due at noon on `dueDay` after an interval of `scheduledDays`. */
export function reviewedCard(
  dueDay: string,
  scheduledDays = 10,
  stability = scheduledDays,
): MemoryCard {
  const due = dayToEpoch(dueDay, 12);
  return {
    due,
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    lastReview: due - scheduledDays * DAY,
  };
}

/** A done project being reviewed, its next review due on `dueDay`. */
export function reviewing(id: string, dueDay: string, extra: Partial<Project> = {}): Project {
  return project(id, {
    status: 'active',
    phase: 'reviewing',
    done: true,
    card: reviewedCard(dueDay),
    ...extra,
  });
}

export function settingsWith(extra: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...extra };
}

export const EXAMPLE_ROADMAP = 'tests/fixtures/roadmaps/example-roadmap.md';

/** The bundled example note imported on `today`, as `npm run plan` does it. */
export function importExample(
  today: string,
  settings: Settings = DEFAULT_SETTINGS,
): { objectives: Objective[]; projects: Project[] } {
  let counter = 0;
  const merged = mergeRoadmap(
    parseRoadmap(readFileSync(EXAMPLE_ROADMAP, 'utf8')),
    { objectives: [], projects: [] },
    { roadmapId: 'r', newId: () => `id-${++counter}` },
  );
  return {
    objectives: merged.objectives,
    projects: settleImportedPhases(merged.projects, dayToEpoch(today, 12), settings),
  };
}
