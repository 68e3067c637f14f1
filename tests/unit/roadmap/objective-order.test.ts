import { describe, expect, it } from 'vitest';
import {
  isNoteOrder,
  moveObjective,
  orderObjectives,
} from '../../../lib/domain/roadmap/objective-order';
import type { Objective } from '../../../lib/domain/types';

const objective = (id: string, order: number): Objective => ({
  id,
  roadmapId: 'r',
  title: id.toUpperCase(),
  order,
  archived: 0,
});
// Stored out of note order on purpose: a, b, c, d in the note.
const objectives = [objective('c', 2), objective('a', 0), objective('d', 3), objective('b', 1)];
const ids = (list: readonly Objective[]) => list.map((o) => o.id);

describe('orderObjectives', () => {
  it.each<[string, string[], string[]]>([
    ['no chosen order: the note order', [], ['a', 'b', 'c', 'd']],
    ['a full chosen order', ['d', 'b', 'a', 'c'], ['d', 'b', 'a', 'c']],
    ['objectives left out follow in note order', ['c'], ['c', 'a', 'b', 'd']],
    ['ids no longer in the roadmap are ignored', ['gone', 'b', 'x'], ['b', 'a', 'c', 'd']],
    ['a repeated id keeps its first place', ['d', 'a', 'd'], ['d', 'a', 'b', 'c']],
  ])('%s', (_, chosen, expected) => {
    expect(ids(orderObjectives(objectives, chosen))).toEqual(expected);
  });

  it('does not change the array it is given', () => {
    const before = ids(objectives);
    orderObjectives(objectives, ['d']);
    expect(ids(objectives)).toEqual(before);
  });
});

describe('moveObjective', () => {
  const current = ['a', 'b', 'c', 'd'];
  it.each<[string, string, number, string[]]>([
    ['up one', 'c', 1, ['a', 'c', 'b', 'd']],
    ['down one', 'a', 1, ['b', 'a', 'c', 'd']],
    ['to the top', 'd', 0, ['d', 'a', 'b', 'c']],
    ['to the bottom', 'a', 3, ['b', 'c', 'd', 'a']],
    ['past the end is the end', 'b', 99, ['a', 'c', 'd', 'b']],
    ['before the start is the start', 'c', -4, ['c', 'a', 'b', 'd']],
  ])('%s', (_, id, to, expected) => {
    expect(moveObjective(current, id, to)).toEqual(expected);
  });

  it('returns the same list when nothing moves', () => {
    expect(moveObjective(current, 'b', 1)).toBe(current);
    expect(moveObjective(current, 'gone', 0)).toBe(current);
  });
});

describe('isNoteOrder', () => {
  it('tells the note order from a chosen one', () => {
    expect(isNoteOrder(orderObjectives(objectives, []))).toBe(true);
    expect(isNoteOrder(orderObjectives(objectives, ['a', 'b']))).toBe(true);
    expect(isNoteOrder(orderObjectives(objectives, ['b']))).toBe(false);
  });
});
