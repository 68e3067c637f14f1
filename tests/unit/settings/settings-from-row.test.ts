import { describe, expect, it } from 'vitest';
import { settingsFromRow } from '../../../lib/domain/settings/settings-from-row';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/domain/types';

describe('settingsFromRow', () => {
  it('fills in the defaults when nothing is stored', () => {
    expect(settingsFromRow(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what is stored', () => {
    const row = { ...DEFAULT_SETTINGS, inProgress: 7, objectiveOrder: ['o2', 'o1'] };
    expect(settingsFromRow(row)).toEqual(row);
  });

  it('turns the older "objective first" into the head of the order', () => {
    const row = { ...DEFAULT_SETTINGS, objectiveOrder: undefined, firstObjectiveId: 'o3' };
    const settings = settingsFromRow(row as never);
    expect(settings.objectiveOrder).toEqual(['o3']);
    expect(settings).not.toHaveProperty('firstObjectiveId');
  });

  it('prefers a chosen order over the older field', () => {
    const row = { ...DEFAULT_SETTINGS, objectiveOrder: ['o1', 'o2'], firstObjectiveId: 'o3' };
    expect(settingsFromRow(row).objectiveOrder).toEqual(['o1', 'o2']);
  });

  it('drops an order that is not a list of ids, as a damaged backup may hold', () => {
    expect(settingsFromRow({ objectiveOrder: 'o1' as never }).objectiveOrder).toEqual([]);
    expect(settingsFromRow({ objectiveOrder: [1, 'o2', null] as never }).objectiveOrder).toEqual([
      'o2',
    ]);
  });

  it.each<[string, object, number]>([
    ['a few a week', { newPerWeek: 3 }, 3],
    ['none a week: still one at a time', { newPerWeek: 0 }, 1],
    ['many a week: capped', { newPerWeek: 25 }, 10],
    ['a damaged number', { newPerWeek: 'five' }, DEFAULT_SETTINGS.inProgress],
    ['a row that has both', { newPerWeek: 5, inProgress: 4 }, 4],
  ])(
    'carries the older "new projects per week" over as projects in progress: %s',
    (_, stored, inProgress) => {
      const older: Partial<Settings> = { ...DEFAULT_SETTINGS };
      delete older.inProgress;
      const settings = settingsFromRow({ ...older, ...stored } as never);
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, inProgress });
      expect(settings).not.toHaveProperty('newPerWeek');
    },
  );

  it('gives a row from before phases the new fields’ defaults', () => {
    const row = { id: 'settings', newPerWeek: 2, defaultSessionMinutes: 45 };
    expect(settingsFromRow(row as never)).toEqual({
      ...DEFAULT_SETTINGS,
      defaultSessionMinutes: 45,
      inProgress: 2,
      defaultEffortHours: 10,
      reviewMinutes: 20,
    });
  });
});
