import { describe, expect, it } from 'vitest';
import { settingsFromRow } from '../../../lib/domain/settings/settings-from-row';
import { DEFAULT_SETTINGS } from '../../../lib/domain/types';

describe('settingsFromRow', () => {
  it('fills in the defaults when nothing is stored', () => {
    expect(settingsFromRow(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what is stored', () => {
    const row = { ...DEFAULT_SETTINGS, newPerWeek: 7, objectiveOrder: ['o2', 'o1'] };
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
});
