import { describe, expect, it } from 'vitest';
import { dayToEpoch } from '../../../lib/domain/schedule';
import { planProgress } from '../../../lib/domain/stats';
import type { ProjectStatus } from '../../../lib/domain/types';

const review = (day: string, hour: number, projectId: string, statusBefore: ProjectStatus) => ({
  at: dayToEpoch(day, hour),
  projectId,
  statusBefore,
});

describe('planProgress', () => {
  it('counts new starts since Monday and lists today’s projects in study order', () => {
    const reviews = [
      review('2026-11-22', 9, 'sun', 'new'), // last week's Sunday
      review('2026-11-23', 9, 'mon', 'new'),
      review('2026-11-25', 9, 'wed', 'active'),
      review('2026-11-28', 15, 'late', 'active'),
      review('2026-11-28', 8, 'early', 'new'),
    ];
    expect(planProgress(reviews, '2026-11-28')).toEqual({
      startedThisWeek: 2,
      doneToday: ['early', 'late'],
    });
  });
});
