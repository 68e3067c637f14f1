import { describe, expect, it } from 'vitest';
import { minutesPerObjective } from '../../../lib/domain/stats';
import type { Objective } from '../../../lib/domain/types';

const objective = (id: string, order: number, archived: 0 | 1 = 0): Objective => ({
  id,
  roadmapId: 'r',
  title: `Objective ${id}`,
  order,
  archived,
});

const objectives = [
  objective('b', 1),
  objective('a', 0),
  objective('old', 2, 1),
  objective('gone', 3, 1),
];
const projects = [
  { id: 'p1', objectiveId: 'a' },
  { id: 'p2', objectiveId: 'a' },
  { id: 'p3', objectiveId: 'b' },
  { id: 'p4', objectiveId: 'old' },
  { id: 'p5', objectiveId: 'missing-objective' },
];
const review = (projectId: string, minutes: number) => ({ projectId, minutes });

describe('minutesPerObjective', () => {
  it.each([
    [
      'sums per objective in roadmap order, zero rows kept for live objectives',
      [review('p1', 30), review('p2', 15), review('p1', 5)],
      { a: 50, b: 0 },
      0,
    ],
    [
      'an archived objective shows only when time was spent on it',
      [review('p3', 20), review('p4', 40)],
      { a: 0, b: 20, old: 40 },
      0,
    ],
    [
      'reviews of removed projects or objectives are counted apart',
      [review('p1', 10), review('deleted', 25), review('p5', 5)],
      { a: 10, b: 0 },
      30,
    ],
    [
      'broken minutes count as nothing',
      [review('p1', Number.NaN), review('p1', -10), review('p1', Infinity), review('p1', 12)],
      { a: 12, b: 0 },
      0,
    ],
  ])('%s', (_, reviews, expected, unassigned) => {
    const result = minutesPerObjective(reviews, projects, objectives);
    expect(result.objectives.map((o) => [o.objectiveId, o.minutes])).toEqual(
      Object.entries(expected),
    );
    expect(result.objectives[0]!.title).toBe('Objective a');
    expect(result.unassignedMinutes).toBe(unassigned);
  });
});
