import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../../lib/domain/sync/hlc';
import {
  emptySyncState,
  mergeSyncStates,
  newestStamp,
} from '../../../lib/domain/sync/merge-sync-state';
import type { SyncState } from '../../../lib/domain/sync/sync-state';
import { syncStatesArbitrary } from '../../support/sync-arbitraries';

const T = Date.UTC(2026, 2, 1);
const at = (ms: number, device = 'a', counter = 0) => formatStamp(T + ms, counter, device);
const ID = 'build git\n1000\na';
const entry = (stamp: string) => ({
  projectKey: 'build git',
  at: 1000,
  device: 'a',
  stamp,
  kind: 'build' as const,
  minutes: 30,
  note: '',
});
const attachedPage = {
  value: {
    projectKey: 'k',
    url: 'https://a.b/',
    title: 'A',
    kind: 'docs' as const,
    attachedAt: 1,
    via: 'popup' as const,
  },
  stamp: at(4, 'b'),
};
const state = (patch: Partial<SyncState>): SyncState => ({ ...emptySyncState(), ...patch });

describe('mergeSyncStates laws', () => {
  const runs = { numRuns: 300 };

  it('is commutative', () => {
    fc.assert(
      fc.property(syncStatesArbitrary, ([a, b]) => {
        expect(mergeSyncStates(a!, b!)).toEqual(mergeSyncStates(b!, a!));
      }),
      runs,
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(syncStatesArbitrary, ([a, b, c]) => {
        expect(mergeSyncStates(mergeSyncStates(a!, b!), c!)).toEqual(
          mergeSyncStates(a!, mergeSyncStates(b!, c!)),
        );
      }),
      runs,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(syncStatesArbitrary, ([a, b]) => {
        expect(mergeSyncStates(a!, a!)).toEqual(a);
        expect(mergeSyncStates(a!, { ...a! })).toEqual(a);
        const ab = mergeSyncStates(a!, b!);
        expect(mergeSyncStates(ab, b!)).toEqual(ab);
      }),
      runs,
    );
  });

  it('has the empty state as identity', () => {
    fc.assert(
      fc.property(syncStatesArbitrary, ([a]) => {
        expect(mergeSyncStates(a!, emptySyncState())).toEqual(a);
      }),
      runs,
    );
  });
});

describe('mergeSyncStates rules', () => {
  it.each([
    [
      'a register keeps the larger stamp',
      state({ settings: { reviewMinutes: { value: 20, stamp: at(1) } } }),
      state({ settings: { reviewMinutes: { value: 25, stamp: at(2) } } }),
      (m: SyncState) => m.settings.reviewMinutes?.value === 25,
    ],
    [
      'a tie of time is broken by device id',
      state({ targetDates: { systems: { value: '2026-05-01', stamp: at(1, 'b') } } }),
      state({ targetDates: { systems: { value: null, stamp: at(1, 'a') } } }),
      (m: SyncState) => m.targetDates.systems?.value === '2026-05-01',
    ],
    [
      'a tombstone beats its entry',
      state({ log: { [ID]: entry(at(1)) } }),
      state({ log: { [ID]: { deleted: true, stamp: at(5, 'b') } } }),
      (m: SyncState) => 'deleted' in m.log[ID]!,
    ],
    [
      'two tombstones keep the larger stamp',
      state({ log: { [ID]: { deleted: true, stamp: at(5, 'b') } } }),
      state({ log: { [ID]: { deleted: true, stamp: at(7, 'c') } } }),
      (m: SyncState) => m.log[ID]!.stamp === at(7, 'c'),
    ],
    [
      'a page attached again after a detach stays',
      state({ pages: { p: { deleted: true, stamp: at(3) } } }),
      state({
        pages: {
          p: attachedPage,
        },
      }),
      (m: SyncState) => !('deleted' in m.pages.p!),
    ],
    [
      'a detach after the attach removes the page',
      state({
        pages: {
          p: attachedPage,
        },
      }),
      state({ pages: { p: { deleted: true, stamp: at(6) } } }),
      (m: SyncState) => 'deleted' in m.pages.p!,
    ],
    [
      'a checkpoint drops the log entries it folded and keeps the later ones',
      state({
        log: { [ID]: entry(at(1)), 'build git\n9000\na': { ...entry(at(9)), at: 9000 } },
      }),
      state({
        checkpoints: {
          'build git': {
            projectKey: 'build git',
            upTo: at(1),
            builtMinutes: 30,
            childrenDone: [],
            phase: 'building',
            sessions: 1,
          },
        },
      }),
      (m: SyncState) => Object.keys(m.log).join() === 'build git\n9000\na',
    ],
    [
      'the checkpoint with the larger upTo wins',
      state({
        checkpoints: {
          k: {
            projectKey: 'k',
            upTo: at(1),
            builtMinutes: 30,
            childrenDone: [],
            phase: 'building',
            sessions: 1,
          },
        },
      }),
      state({
        checkpoints: {
          k: {
            projectKey: 'k',
            upTo: at(2),
            builtMinutes: 60,
            childrenDone: [],
            phase: 'building',
            sessions: 2,
          },
        },
      }),
      (m: SyncState) => m.checkpoints.k?.builtMinutes === 60,
    ],
    [
      'a device keeps the newest stamp it has seen',
      state({ devices: { a: { seen: at(9), at: T + 9 } } }),
      state({ devices: { a: { seen: at(3), at: T + 20 }, b: { seen: at(1, 'b'), at: T } } }),
      (m: SyncState) => m.devices.a?.seen === at(9) && m.devices.b?.seen === at(1, 'b'),
    ],
    [
      'a newer epoch replaces the other state wholesale',
      state({ epoch: { value: 'restore', stamp: at(1) } }),
      state({ settings: { reviewMinutes: { value: 25, stamp: at(9) } } }),
      (m: SyncState) => m.epoch.value === 'restore' && m.settings.reviewMinutes === undefined,
    ],
  ])('%s', (_name, a, b, holds) => {
    expect(holds(mergeSyncStates(a, b))).toBe(true);
    expect(holds(mergeSyncStates(b, a))).toBe(true);
  });
});

describe('newestStamp', () => {
  it('is absent for an empty state', () => {
    expect(newestStamp(emptySyncState())).toBeUndefined();
  });

  it('finds the largest stamp wherever it is', () => {
    const s = state({
      settings: { reviewMinutes: { value: 20, stamp: at(1) } },
      log: { [ID]: { deleted: true, stamp: at(8, 'z') } },
      projects: { k: { phase: { value: 'building', stamp: at(4) } } },
    });
    expect(newestStamp(s)).toBe(at(8, 'z'));
  });
});
