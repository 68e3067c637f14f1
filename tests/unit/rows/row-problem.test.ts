import { describe, expect, it } from 'vitest';
import { preview, rowProblem } from '../../../lib/domain/rows/row-problem';
import { DEFAULT_SETTINGS } from '../../../lib/domain/types';
import { buildProject } from '../../support/build-entities';

const card = {
  due: 0,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
};
const session = { projectId: 'p', startedAt: 1_700_000_000_000 };

describe('rowProblem', () => {
  it.each<[string, Parameters<typeof rowProblem>[0], unknown, string | null]>([
    ['a sound session', 'sessions', session, null],
    ['a session without a window', 'sessions', { ...session, windowId: undefined }, null],
    ['not a record', 'sessions', [session], 'it is not a record'],
    ['a missing field', 'sessions', { projectId: 'p' }, 'field "startedAt" is missing'],
    [
      'an unknown field, named before any other problem',
      'sessions',
      { startedAt: 'x', extra: 1 },
      'field "extra" holds 1, which Waymark never writes there',
    ],
    [
      'a long crafted field name, cut',
      'sessions',
      { ...session, ['k'.repeat(100)]: 1 },
      `field "${'k'.repeat(39)}…" holds 1, which Waymark never writes there`,
    ],
    [
      'a time before 1970',
      'sessions',
      { ...session, startedAt: -1 },
      'field "startedAt" holds -1, which Waymark never writes there',
    ],
    ['settings as the app writes them', 'settings', { ...DEFAULT_SETTINGS }, null],
    [
      'settings with a break that ends before it starts',
      'settings',
      { ...DEFAULT_SETTINGS, breaks: [{ from: '2026-12-05', to: '2026-12-01' }] },
      'setting "breaks.0": A break must end on or after the day it starts.',
    ],
  ])('%s', (_, table, row, problem) => {
    expect(rowProblem(table, row)).toBe(problem);
  });

  it.each([
    ['a card as ts-fsrs gives it', card, true],
    ['an empty card', {}, false],
    ['a card in state 4', { ...card, state: 4 }, false],
    ['a card with fractional reps', { ...card, reps: 1.5 }, false],
    ['a card due at no time', { ...card, due: Number.NaN }, false],
  ])('a project holding %s', (_, value, sound) => {
    const project = { ...buildProject({ done: true, phase: 'reviewing' }), card: value };
    expect(rowProblem('projects', project) === null).toBe(sound);
  });

  it('previews a crafted value in at most 60 characters', () => {
    expect(preview('x'.repeat(10_000))).toHaveLength(60);
    expect(preview(undefined)).toBe('undefined');
    expect(preview(10n)).toBe('bigint');
  });
});
