import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../../lib/domain/sync/hlc';
import { emptySyncState } from '../../../lib/domain/sync/merge-sync-state';
import { packSyncState } from '../../../lib/domain/sync/pack-sync-state';
import type { SyncState } from '../../../lib/domain/sync/sync-state';
import { unpackSyncItems } from '../../../lib/domain/sync/unpack-sync-items';

const T = Date.UTC(2026, 11, 1, 9);
const s = (ms: number) => formatStamp(T + ms, 0, 'laptop');

/** Objectives left out and the Obsidian note, as the laptop synced them. */
const STATE: SyncState = {
  ...emptySyncState(),
  epoch: { value: 'first', stamp: s(0) },
  settings: {
    leftOutObjectives: { value: ['Contents', 'Courses › Team'], stamp: s(1) },
    obsidianVault: { value: 'My Vault #1', stamp: s(2) },
    obsidianFile: { value: 'Plans/Roadmap & more.md', stamp: s(3) },
  },
  devices: { laptop: { seen: s(3), at: T } },
};

type Items = Record<string, { e: unknown[][] }>;

/** The packed items with the value of setting `field` replaced, as a crafted device might. */
function withSetting(field: string, value: unknown): Items {
  const items = JSON.parse(JSON.stringify(packSyncState(STATE).items)) as Items;
  const entry = Object.values(items)
    .flatMap((item) => item.e)
    .find((e) => e[0] === 'f' && e[1] === field);
  if (!entry) throw new Error(`no setting ${field}`);
  entry[2] = value;
  return items;
}

describe('the import choice and the Obsidian note in sync storage', () => {
  it('round-trip through the packed items', () => {
    const { state, problems } = unpackSyncItems(packSyncState(STATE).items);
    expect(problems).toEqual([]);
    expect(state.settings).toEqual(STATE.settings);
  });

  it.each([
    [60, []],
    [500, [{ what: 'settings', count: 1 }]],
  ])('%i long titles left out: the list syncs while it fits an item', (count, notSyncing) => {
    const titles = Array.from({ length: count }, (_, i) => `Objective ${i} `.padEnd(100, '.'));
    const state: SyncState = {
      ...STATE,
      settings: {
        ...STATE.settings,
        leftOutObjectives: { value: titles, stamp: s(1) },
      },
    };
    const packed = packSyncState(state);
    expect(packed.notSyncing).toMatchObject(notSyncing);
    const { settings } = unpackSyncItems(packed.items).state;
    expect(settings.leftOutObjectives?.value).toEqual(count === 60 ? titles : undefined);
    // What does not fit never holds back the other settings.
    expect(settings.obsidianVault?.value).toBe('My Vault #1');
  });

  it.each([
    ['leftOutObjectives', 'Contents'],
    ['leftOutObjectives', [42]],
    ['leftOutObjectives', ['']],
    ['leftOutObjectives', ['x'.repeat(501)]],
    ['leftOutObjectives', Array.from({ length: 501 }, (_, i) => `Objective ${i}`)],
    ['leftOutObjectives', null],
    ['obsidianVault', 42],
    ['obsidianVault', 'v'.repeat(501)],
    ['obsidianVault', 'Vault\nwith a line break'],
    ['obsidianFile', ['Roadmap.md']],
    ['obsidianFile', 'Roadmap\u0000.md'],
  ])('refuse a crafted %s: %j', (field, value) => {
    const { state, problems } = unpackSyncItems(withSetting(field, value));
    expect(Object.hasOwn(state.settings, field)).toBe(false);
    expect(problems.length).toBeGreaterThan(0);
    // The other settings of the item still arrive.
    expect(Object.keys(state.settings)).toHaveLength(2);
  });
});
