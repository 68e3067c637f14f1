// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { changedRows, type LocalRows } from '../../../lib/domain/sync/local-rows';
import {
  buildObjective,
  buildProject,
  buildResource,
  buildReview,
} from '../../support/build-entities';
import { emptyRows } from './sync-devices';

function rows(): LocalRows {
  return {
    ...emptyRows(),
    objectives: [buildObjective()],
    projects: [buildProject(), buildProject({ id: 'p2' })],
    resources: [buildResource()],
    reviews: [buildReview()],
  };
}

const roadmap = {
  id: 'r',
  title: 'T',
  source: '',
  sourceHash: '',
  importedAt: 0,
  tags: [],
  rawText: '',
};

const nothing = {
  put: { roadmaps: [], objectives: [], projects: [], resources: [], reviews: [], settings: [] },
  remove: { objectives: [], projects: [], resources: [], reviews: [] },
};

describe('changedRows', () => {
  it.each<[string, (r: LocalRows) => LocalRows, (r: LocalRows) => unknown]>([
    ['nothing for equal rows built apart', (r) => rows() && r, () => nothing],
    [
      'nothing for the same content with keys in another order',
      (r) => ({
        ...r,
        projects: r.projects.map(
          (p) => Object.fromEntries(Object.entries(p).reverse()) as typeof p,
        ),
      }),
      () => nothing,
    ],
    [
      'a changed project, alone',
      (r) => ({ ...r, projects: [r.projects[0]!, { ...r.projects[1]!, builtMinutes: 30 }] }),
      (r) => ({
        ...nothing,
        put: { ...nothing.put, projects: [{ ...r.projects[1], builtMinutes: 30 }] },
      }),
    ],
    [
      'a new review and a removed page',
      (r) => ({ ...r, reviews: [...r.reviews, buildReview({ id: 'v2', at: 5 })], resources: [] }),
      () => ({
        put: { ...nothing.put, reviews: [buildReview({ id: 'v2', at: 5 })] },
        remove: { ...nothing.remove, resources: ['res1'] },
      }),
    ],
    [
      'changed settings and a new roadmap',
      (r) => ({
        ...r,
        settings: { ...r.settings, reviewMinutes: 25 },
        roadmap,
      }),
      (r) => ({
        ...nothing,
        put: {
          ...nothing.put,
          settings: [{ ...r.settings, reviewMinutes: 25 }],
          roadmaps: [roadmap],
        },
      }),
    ],
  ])('gives %s', (_, change, expected) => {
    const before = rows();
    expect(changedRows(before, change(rows()))).toEqual(expected(before));
  });
});
