import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSyncStates, newestStamp } from '../../../lib/domain/sync/merge-sync-state';
import { itemBytes, packSyncState } from '../../../lib/domain/sync/pack-sync-state';
import { logId } from '../../../lib/domain/sync/sync-ids';
import {
  SYNC_MAX_ITEMS,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
} from '../../../lib/domain/sync/sync-limits';
import type { Outline, SyncState } from '../../../lib/domain/sync/sync-state';
import { unpackSyncItems } from '../../../lib/domain/sync/unpack-sync-items';
import { bigSyncState, START, syncStatesArbitrary } from '../../support/sync-arbitraries';

/** What the browser would hand back: the items after a trip through JSON. */
const stored = (items: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(items)) as Record<string, unknown>;

function expectWithinQuota(items: Record<string, unknown>, bytes: number) {
  const sizes = Object.entries(items).map(([key, value]) => itemBytes(key, value));
  expect(Math.max(0, ...sizes)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(bytes);
  expect(bytes).toBeLessThanOrEqual(SYNC_QUOTA_BYTES);
  expect(sizes.length).toBeLessThanOrEqual(SYNC_MAX_ITEMS);
}

function outlineOf(projects: number, titleLength = 20): Outline {
  return {
    title: 'Roadmap',
    objectives: [{ key: 'systems', title: 'Systems', order: 0, targetDate: '2026-09-01' }],
    projects: Array.from({ length: projects }, (_, i) => ({
      key: `project ${i}`,
      objectiveKey: 'systems',
      title: `Project ${i} `.padEnd(titleLength, 'x'),
      order: i,
      links: [{ url: `https://example.com/guide/${i}`, label: 'Guide' }],
      children: ['Read', 'Build'],
    })),
  };
}

const withOutline = (state: SyncState, outline: Outline): SyncState => ({
  ...state,
  outline: { value: outline, stamp: newestStamp(state) ?? '000000000000000.000000.laptop' },
});

describe('itemBytes', () => {
  it.each([
    ['k', 'a', 4],
    ['k', 'é', 5],
    ['k', '😀', 7],
    ['ké', { a: [1, 2] }, 14],
  ])('counts %j with %j as %i UTF-8 bytes', (key, value, bytes) => {
    expect(itemBytes(key, value)).toBe(bytes);
  });
});

describe('packSyncState', () => {
  it('gives back the same state through unpack when it fits', () => {
    fc.assert(
      fc.property(syncStatesArbitrary, (states) => {
        for (const state of states) {
          const packed = packSyncState(state);
          expect(packed.notSyncing).toEqual([]);
          expectWithinQuota(packed.items, packed.bytes);
          const back = unpackSyncItems(stored(packed.items));
          expect(back.problems).toEqual([]);
          expect(back.state).toEqual(state);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('fits a year of daily study with an outline and pages', () => {
    const year = withOutline(
      bigSyncState({ device: 'laptop', sessions: 365, pages: 150 }),
      outlineOf(80),
    );
    const packed = packSyncState(year);
    expect(packed.notSyncing).toEqual([]);
    expectWithinQuota(packed.items, packed.bytes);
    expect(unpackSyncItems(stored(packed.items)).state).toEqual(year);
  });

  const laptop = bigSyncState({ device: 'laptop', sessions: 10_000, pages: 0 });
  const pages = bigSyncState({ device: 'desktop', sessions: 0, pages: 10_000 });
  it.each([
    ['10,000 sessions', laptop, ['log']],
    ['10,000 pages', pages, ['pages']],
    [
      '10,000 sessions and 10,000 pages with an outline',
      withOutline(mergeSyncStates(laptop, pages), outlineOf(200)),
      ['log', 'pages'],
    ],
  ])('keeps %s within every quota and names what is left out', (_name, state, left) => {
    const packed = packSyncState(state);
    expectWithinQuota(packed.items, packed.bytes);
    expect(packed.notSyncing.map((n) => n.what).sort()).toEqual(left);
    const back = unpackSyncItems(stored(packed.items));
    expect(back.problems).toEqual([]);
    const kept = Object.keys(back.state.log).length + Object.keys(back.state.pages).length;
    const total = Object.keys(state.log).length + Object.keys(state.pages).length;
    const count = packed.notSyncing.reduce((sum, n) => sum + n.count, 0);
    expect(kept + count).toBe(total);
    expect(kept).toBeGreaterThan(500);
    expect(back.state.outline).toEqual(state.outline);
    for (const n of packed.notSyncing) expect(n.reason).toMatch(/sync storage/);
  });

  it.each([
    ['sessions', laptop, 'log'],
    ['pages', pages, 'pages'],
  ] as const)('keeps the newest %s first', (_name, state, part) => {
    const all: Record<string, { stamp: string }> = state[part];
    const kept = new Set(
      Object.keys(unpackSyncItems(stored(packSyncState(state).items)).state[part]),
    );
    const oldestKept = [...kept].map((id) => all[id]!.stamp).sort()[0]!;
    const dropped = Object.keys(all).filter((id) => !kept.has(id));
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((id) => all[id]!.stamp < oldestKept)).toBe(true);
  });

  it('reports the outline alone when it cannot fit, and syncs the rest', () => {
    const state = withOutline(
      bigSyncState({ device: 'laptop', sessions: 30, pages: 10 }),
      outlineOf(2_000, 200),
    );
    const packed = packSyncState(state);
    expect(packed.notSyncing).toEqual([{ what: 'outline', count: 1, reason: expect.any(String) }]);
    const back = unpackSyncItems(stored(packed.items)).state;
    expect(back.outline).toBeUndefined();
    expect(back.log).toEqual(state.log);
  });

  it('rewrites one item when one session is added', () => {
    const state = withOutline(
      bigSyncState({ device: 'laptop', sessions: 300, pages: 100 }),
      outlineOf(50),
    );
    const before = packSyncState(state).items;
    const at = START + 400 * 86_400_000;
    const id = logId('project 3', at, 'laptop');
    const entry = {
      ...Object.values(state.log)[0]!,
      projectKey: 'project 3',
      at,
      stamp: `00${at}.000000.laptop`,
    };
    const after = packSyncState({ ...state, log: { ...state.log, [id]: entry } }).items;
    const changed = Object.keys(after).filter(
      (key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]),
    );
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^1:l\d+$/);
    expect(Object.keys(before).every((key) => key in after)).toBe(true);
  });

  it('writes the same items whatever order the state was built in', () => {
    fc.assert(
      fc.property(syncStatesArbitrary, ([a, b]) => {
        const ab = packSyncState(mergeSyncStates(a!, b!));
        const ba = packSyncState(mergeSyncStates(b!, a!));
        expect(JSON.stringify(Object.entries(ab.items).sort())).toBe(
          JSON.stringify(Object.entries(ba.items).sort()),
        );
      }),
      { numRuns: 50 },
    );
  });
});
