import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '../../../lib/domain/schedule';
import { joinBuildPieces } from '../../../lib/domain/schedule/join-build-pieces';

const piece = (projectId: string, minutes: number): PlannedSession => ({
  projectId,
  minutes,
  kind: 'build',
  due: null,
  overdueDays: 0,
  recall: null,
});
const review = (projectId: string, minutes: number): PlannedSession => ({
  projectId,
  minutes,
  kind: 'review',
  due: '2025-01-06',
  overdueDays: 0,
  recall: 0.9,
});

describe('joinBuildPieces', () => {
  it.each<[string, PlannedSession[], [string, string, number][]]>([
    ['nothing', [], []],
    [
      'pieces taking turns, where each project comes first',
      [piece('a', 30), piece('b', 30), piece('a', 30), piece('b', 15)],
      [
        ['build', 'a', 60],
        ['build', 'b', 45],
      ],
    ],
    [
      'reviews as they are, a build of a reviewed project apart',
      [review('a', 20), review('b', 20), piece('a', 30), piece('a', 20)],
      [
        ['review', 'a', 20],
        ['review', 'b', 20],
        ['build', 'a', 50],
      ],
    ],
  ])('joins %s', (_label, sessions, joined) => {
    const before = structuredClone(sessions);
    const result = joinBuildPieces(sessions);
    expect(result.map((s) => [s.kind, s.projectId, s.minutes])).toEqual(joined);
    expect(sessions).toStrictEqual(before);
  });
});
