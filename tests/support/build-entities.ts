import type { Objective, Project, Resource, Review } from '../../lib/domain/types';

/** An objective of roadmap `r`; give what the test is about, the rest is a plain default. */
export function buildObjective(overrides: Partial<Objective> = {}): Objective {
  return { id: 'o1', roadmapId: 'r', title: 'Objective', order: 0, archived: 0, ...overrides };
}

/** A queued, active project of objective `o1` with nothing built yet; its key follows its id. */
export function buildProject(overrides: Partial<Project> = {}): Project {
  const id = overrides.id ?? 'p1';
  return {
    id,
    objectiveId: 'o1',
    roadmapId: 'r',
    key: `t:${id}`,
    title: 'Project',
    order: 0,
    links: [],
    children: [],
    childrenDone: [],
    done: false,
    status: 'active',
    phase: 'queued',
    builtMinutes: 0,
    archived: 0,
    ...overrides,
  };
}

/** A documentation page attached to project `p1` from the popup; its address follows its id. */
export function buildResource(overrides: Partial<Resource> = {}): Resource {
  const id = overrides.id ?? 'res1';
  return {
    id,
    projectId: 'p1',
    url: `https://example.org/${id}`,
    title: `Page ${id}`,
    kind: 'docs',
    attachedAt: 0,
    via: 'popup',
    ...overrides,
  };
}

/**
 * A 30-minute session of project `p1`, which was in review before it: a review rated Good, or with
 * `kind: 'build'` a build session, which has no rating.
 */
export function buildReview(overrides: Partial<Review> = {}): Review {
  const kind = overrides.kind ?? 'review';
  return {
    id: 'v1',
    projectId: 'p1',
    at: 0,
    kind,
    ...(kind === 'review' ? { rating: 'good' as const } : {}),
    minutes: 30,
    note: '',
    before: { phase: 'reviewing', builtMinutes: 0, childrenDone: [], status: 'active' },
    ...overrides,
  };
}
