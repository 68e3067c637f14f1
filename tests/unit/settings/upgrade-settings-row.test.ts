import { describe, expect, it } from 'vitest';
import { SHORTEST_PROJECT_SESSION_MINUTES } from '../../../lib/domain/schedule/effort';
import { upgradeSettingsRow } from '../../../lib/domain/settings/upgrade-settings-row';
import { DEFAULT_SETTINGS } from '../../../lib/domain/types';

const SHORTEST = SHORTEST_PROJECT_SESSION_MINUTES;

describe('upgradeSettingsRow', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a row Waymark writes now', {}, {}],
    ['the theme, system', { theme: 'system' }, { theme: undefined }],
    ['the theme, light', { theme: 'light' }, { theme: undefined }],
    ['the theme, dark', { theme: 'dark' }, { theme: undefined }],
    ['a theme no version wrote', { theme: 'neon' }, { theme: 'neon' }],
    ['a theme that is not text', { theme: 1 }, { theme: 1 }],
    ['a one-minute session', { defaultSessionMinutes: 1 }, { defaultSessionMinutes: SHORTEST }],
    [
      'a review just under the shortest',
      { reviewMinutes: SHORTEST - 1 },
      { reviewMinutes: SHORTEST },
    ],
    ['the shortest session', { defaultSessionMinutes: SHORTEST }, {}],
    ['a session of no minutes', { defaultSessionMinutes: 0 }, { defaultSessionMinutes: 0 }],
    ['a fractional session', { defaultSessionMinutes: 2.5 }, { defaultSessionMinutes: 2.5 }],
    ['a session as text', { defaultSessionMinutes: '3' }, { defaultSessionMinutes: '3' }],
    ['another field as short', { inProgress: 1 }, { inProgress: 1 }],
  ])('%s', (_, stored, expected) => {
    const upgraded = upgradeSettingsRow({ ...DEFAULT_SETTINGS, ...stored });
    const want = Object.fromEntries(
      Object.entries({ ...DEFAULT_SETTINGS, ...stored, ...expected }).filter(
        ([, value]) => value !== undefined,
      ),
    );
    expect(upgraded).toStrictEqual(want);
  });
});
