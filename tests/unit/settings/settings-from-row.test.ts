import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowProblem } from '../../../lib/domain/rows/row-problem';
import { settingsFromRow } from '../../../lib/domain/settings/settings-from-row';
import { validateSettings } from '../../../lib/domain/settings/validate-settings';
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

  it.each<[string, object, Partial<Settings>]>([
    ['breaks that are not a list', { breaks: 'x' }, { breaks: [] }],
    ['rest days that are not a list', { restDays: 5 }, { restDays: [] }],
    ['rest days that are not weekdays', { restDays: [1, 9] }, { restDays: [] }],
    ['every day a rest day', { restDays: [0, 1, 2, 3, 4, 5, 6] }, { restDays: [] }],
    [
      'breaks without valid dates, one by one',
      {
        breaks: [
          { from: '2026-12-24', to: '2026-12-31' },
          { from: 'a' },
          null,
          { from: '2026-02-30', to: '2026-03-02' },
          { from: '2026-03-10', to: '2026-03-01' },
          { from: '2027-01-01', to: '2027-01-02', extra: true },
        ],
      },
      {
        breaks: [
          { from: '2026-12-24', to: '2026-12-31' },
          { from: '2027-01-01', to: '2027-01-02' },
        ],
      },
    ],
    [
      'minutes per weekday, day by day',
      { minutesPerWeekday: [30, 'x', -5, 90, null, 45, 2000] },
      { minutesPerWeekday: [30, 60, 60, 90, 60, 45, 60] },
    ],
    ['a week that is not seven days', { minutesPerWeekday: [30, 30] }, {}],
    ['a week with no minutes at all', { minutesPerWeekday: [0, 0, 0, 0, 0, 0, 0] }, {}],
    [
      'a session longer than any day: the longest day',
      { minutesPerWeekday: [20, 20, 20, 20, 20, 20, 20], defaultSessionMinutes: 45 },
      { minutesPerWeekday: [20, 20, 20, 20, 20, 20, 20], defaultSessionMinutes: 20 },
    ],
    [
      'numbers out of range or of the wrong type',
      {
        desiredRetention: 5,
        maximumIntervalDays: 0,
        inProgress: 1000,
        defaultEffortHours: -1,
        reviewMinutes: 'twenty',
      },
      {},
    ],
    ['a theme, since retired', { theme: 'dark' }, {}],
    [
      'lengths shorter than a project may ask for: the shortest',
      { defaultSessionMinutes: 1, reviewMinutes: 4 },
      { defaultSessionMinutes: 5, reviewMinutes: 5 },
    ],
    ['an unknown theme', { theme: 'neon' }, {}],
    ['a different id', { id: 'other' }, {}],
  ])('puts back the default of each field that fails validation: %s', (_, stored, changed) => {
    const settings = settingsFromRow({ ...DEFAULT_SETTINGS, ...stored });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...changed });
    expect(validateSettings(settings)).toEqual({});
  });

  it.each([null, 'x', 42, [], [DEFAULT_SETTINGS]])('reads %j as the defaults', (row) => {
    expect(settingsFromRow(row)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps only the fields Waymark knows, an own "__proto__" included', () => {
    const row = JSON.parse('{"__proto__": {"polluted": 1}, "extra": 2, "inProgress": 3}');
    const settings = settingsFromRow(row);
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(settings.inProgress).toBe(3);
  });

  it('is sound for any stored row, and can be saved as it is', () => {
    const field = fc.oneof(
      fc.anything(),
      fc.array(fc.integer({ min: -10, max: 2000 }), { minLength: 7, maxLength: 7 }),
      fc.array(fc.record({ from: fc.string(), to: fc.string() })),
      fc.double(),
    );
    const keys = [...Object.keys(DEFAULT_SETTINGS), 'newPerWeek', 'firstObjectiveId'];
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...keys), field)),
        (row) => {
          const settings = settingsFromRow(row);
          expect(validateSettings(settings)).toEqual({});
          // What a page reads, it can save again: the row passes the rules every write passes.
          expect(rowProblem('settings', settings)).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });
});
