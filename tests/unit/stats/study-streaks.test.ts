import { describe, expect, it } from 'vitest';
import { studyStreaks } from '../../../lib/domain/stats';
import type { Break } from '../../../lib/domain/types';

const TODAY = '2026-11-28'; // a Saturday
const SUNDAY = 0;

const run = (from: number, to: number, month = '11') =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `2026-${month}-${String(from + i).padStart(2, '0')}`,
  );

describe('studyStreaks', () => {
  it.each<[string, string[], number[], Break[], { current: number; longest: number }]>([
    ['nothing studied', [], [], [], { current: 0, longest: 0 }],
    ['today and yesterday', run(27, 28), [], [], { current: 2, longest: 2 }],
    [
      'today not studied yet does not break the run',
      run(25, 27),
      [],
      [],
      { current: 3, longest: 3 },
    ],
    ['a missed yesterday ends it', run(24, 26), [], [], { current: 0, longest: 3 }],
    [
      'the same day twice counts once',
      ['2026-11-28', '2026-11-28'],
      [],
      [],
      { current: 1, longest: 1 },
    ],
    [
      'a missed ordinary Sunday breaks the run',
      [...run(20, 21), ...run(23, 28)],
      [],
      [],
      { current: 6, longest: 6 },
    ],
    [
      'an unstudied rest day neither breaks nor counts',
      [...run(20, 21), ...run(23, 28)],
      [SUNDAY],
      [],
      { current: 8, longest: 8 },
    ],
    ['studying on a rest day counts', run(21, 23), [SUNDAY], [], { current: 0, longest: 3 }],
    [
      'a break bridges the gap',
      ['2026-11-10', ...run(21, 28)],
      [],
      [{ from: '2026-11-11', to: '2026-11-20' }],
      { current: 9, longest: 9 },
    ],
    [
      'a break one day short does not',
      ['2026-11-10', ...run(21, 28)],
      [],
      [{ from: '2026-11-11', to: '2026-11-19' }],
      { current: 8, longest: 8 },
    ],
    [
      'the longest run can be an old one',
      [...run(1, 10, '10'), ...run(27, 28)],
      [],
      [],
      { current: 2, longest: 10 },
    ],
    [
      'days after today are ignored',
      ['2026-11-29', '2026-11-30'],
      [],
      [],
      { current: 0, longest: 0 },
    ],
    [
      'runs across a year end',
      ['2025-12-30', '2025-12-31', '2026-01-01'],
      [],
      [],
      { current: 0, longest: 3 },
    ],
  ])('%s', (_, days, restDays, breaks, expected) => {
    expect(studyStreaks(days, TODAY, { restDays, breaks })).toEqual(expected);
  });
});
