import { describe, expect, it } from 'vitest';
import { dayToEpoch } from '../../../lib/domain/schedule';
import { planProgress } from '../../../lib/domain/stats';
import type { SessionKind } from '../../../lib/domain/types';

const session = (
  day: string,
  hour: number,
  minutes: number,
  kind: SessionKind,
  projectId = 'p',
) => ({
  at: dayToEpoch(day, hour),
  minutes,
  kind,
  projectId,
});

describe('planProgress', () => {
  it.each([
    ['nothing studied', [], { studiedMinutesToday: 0 }],
    [
      'today’s sessions, not yesterday’s',
      [session('2026-11-27', 23, 40, 'build', 'old'), session('2026-11-28', 9, 25, 'review')],
      { studiedMinutesToday: 25 },
    ],
    [
      'the project of today’s latest build session, whatever the order they come in',
      [
        session('2026-11-28', 15, 30, 'build', 'late'),
        session('2026-11-28', 16, 20, 'review', 'reviewed'),
        session('2026-11-28', 8, 30, 'build', 'early'),
      ],
      { studiedMinutesToday: 80, lastBuilt: 'late' },
    ],
    [
      'only sessions on today: not one stored for a later day or at a time that is no time',
      [
        session('2026-11-28', 9, 25, 'review'),
        session('2026-11-29', 9, 40, 'build', 'tomorrow'),
        { ...session('2026-11-28', 9, 40, 'build', 'text'), at: 'x' as unknown as number },
        { ...session('2026-11-28', 9, 40, 'build', 'year 10000'), at: Date.UTC(10000, 0, 1) },
        { ...session('2026-11-28', 10, 0, 'review'), minutes: 'x' as unknown as number },
      ],
      { studiedMinutesToday: 25 },
    ],
  ])('counts %s', (_label, reviews, progress) => {
    expect(planProgress(reviews, '2026-11-28')).toEqual(progress);
  });
});
