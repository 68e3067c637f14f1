import { afterEach, describe, expect, it } from 'vitest';
import type { StoredNode } from '../../lib/ui/stored-nodes';
import { currentTodayCopy } from '../../lib/ui/today-copy';
import { NOW, VIEW } from './today-fixtures';

afterEach(() => localStorage.clear());

const SCREEN: StoredNode[] = [['p', {}, ['Today']]];
const store = (value: unknown) =>
  localStorage.setItem('waymark:today', typeof value === 'string' ? value : JSON.stringify(value));

describe('currentTodayCopy', () => {
  it.each<[string, unknown, ReturnType<typeof currentTodayCopy>]>([
    [
      'today’s view with its screen',
      { view: VIEW, screen: SCREEN },
      { view: VIEW, screen: SCREEN },
    ],
    ['today’s view without a screen', { view: VIEW, screen: null }, { view: VIEW, screen: null }],
    ['a screen that is not a list', { view: VIEW, screen: '<p>' }, { view: VIEW, screen: null }],
    ['yesterday’s view', { view: { ...VIEW, day: '2026-11-29' }, screen: SCREEN }, null],
    ['a view of another shape', { view: { ...VIEW, format: 2 }, screen: SCREEN }, null],
    ['a bare view, as older versions stored it', VIEW, null],
    ['damaged text', '{"view":', null],
    ['a number', 7, null],
    ['nothing', null, null],
  ])('%s', (_, stored, expected) => {
    if (stored !== null) store(stored);
    expect(currentTodayCopy(NOW)).toEqual(expected);
  });
});
