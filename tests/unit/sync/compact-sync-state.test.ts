import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactionCutoff, compactSyncState } from '../../../lib/domain/sync/compact-sync-state';
import { formatStamp } from '../../../lib/domain/sync/hlc';
import { emptySyncState, mergeSyncStates } from '../../../lib/domain/sync/merge-sync-state';
import { replayProjects } from '../../../lib/domain/sync/replay-project';
import { sessionKey } from '../../../lib/domain/sync/session-key';
import { logId } from '../../../lib/domain/sync/sync-ids';
import type { LogEntry, SyncState } from '../../../lib/domain/sync/sync-state';
import { syncStatesArbitrary } from '../../support/sync-arbitraries';

const DAY = 86_400_000;
const T = Date.UTC(2026, 0, 10, 9);
const KEY = 'build git';

/** A build session of 30 minutes on `day`, written by `device`. */
function session(day: number, device = 'laptop'): [string, LogEntry] {
  const at = T + day * DAY;
  return [
    logId(KEY, at, device),
    {
      projectKey: KEY,
      at,
      device,
      stamp: formatStamp(at, 0, device),
      kind: 'build',
      minutes: 30,
      note: '',
      childrenDone: [],
      finished: false,
    },
  ];
}

const stampOnDay = (day: number, device = 'laptop') => formatStamp(T + day * DAY, 0, device);

function stateWith(days: number[], devices: Record<string, number>): SyncState {
  return {
    ...emptySyncState(),
    log: Object.fromEntries(days.map((day) => session(day))),
    devices: Object.fromEntries(
      Object.entries(devices).map(([device, day]) => [
        device,
        { seen: stampOnDay(day), at: T + day * DAY },
      ]),
    ),
  };
}

/** Whether `a` holds everything of `b` stamped at or before `cutoff` that a checkpoint folds. */
function heldBelow(a: SyncState, b: SyncState, cutoff: string | undefined): boolean {
  if (cutoff === undefined) return true;
  // An undo that reaches a replica after it folded the session cannot take it back.
  const sessions = Object.entries(b.log).every(([id, v]) => {
    const mine = a.log[id];
    return mine ? mine.stamp > cutoff || v.stamp <= mine.stamp : v.stamp > cutoff;
  });
  const checkpoints = Object.entries(b.checkpoints).every(
    ([key, c]) => c.upTo > cutoff || (a.checkpoints[key]?.upTo ?? '') >= c.upTo,
  );
  // A checkpoint also holds the project's progress fields up to it.
  const fields = Object.entries(b.projects).every(([key, registers]) =>
    Object.entries(registers).every(([field, register]) => {
      const mine = (a.projects[key] as Record<string, { stamp: string }> | undefined)?.[field];
      return register.stamp > cutoff || (mine !== undefined && mine.stamp >= register.stamp);
    }),
  );
  return (
    sessions &&
    checkpoints &&
    fields &&
    !replacedAfterFold(a, b, cutoff) &&
    !copiedAfterFold(a, b, cutoff)
  );
}

/**
 * Whether `b` holds another device's copy of a session `a` would fold (two devices restored
 * from one backup): a checkpoint does not name the sessions in it, so that copy counts again.
 */
function copiedAfterFold(a: SyncState, b: SyncState, cutoff: string): boolean {
  const folded = new Set(
    Object.entries(a.log)
      .filter(([, version]) => !('deleted' in version) && version.stamp <= cutoff)
      .map(([id]) => sessionKey(id)),
  );
  return Object.keys(b.log).some((id) => a.log[id] === undefined && folded.has(sessionKey(id)));
}

/**
 * Whether `b` replaces a progress register `a` would fold. The checkpoint keeps what that value
 * did (a card started by "done"); the log alone only knows the register's last value.
 */
function replacedAfterFold(a: SyncState, b: SyncState, cutoff: string): boolean {
  return Object.entries(a.projects).some(([key, registers]) =>
    Object.entries(registers).some(([field, register]) => {
      const theirs = (b.projects[key] as Record<string, { stamp: string }> | undefined)?.[field];
      return register.stamp <= cutoff && theirs !== undefined && theirs.stamp > register.stamp;
    }),
  );
}

describe('compactSyncState', () => {
  it.each([
    ['what every device has seen', [1, 2, 30, 40], { laptop: 40, desktop: 2 }, 50, [30, 40], 2],
    [
      'nothing past a device not heard from for a while',
      [1, 2, 30, 40],
      { laptop: 40, desktop: 1 },
      60,
      [2, 30, 40],
      1,
    ],
    ['nothing from the last two weeks', [1, 20, 30], { laptop: 30, desktop: 30 }, 40, [30], 2],
    [
      'whatever is older than 180 days',
      [1, 2, 200, 300],
      { laptop: 300, desktop: 0 },
      310,
      [200, 300],
      2,
    ],
    ['old sessions even with no device known', [1, 2, 300], {}, 300, [300], 2],
  ])('folds %s', (_name, days, devices, today, keptDays, folded) => {
    const state = stateWith(days, devices);
    const compacted = compactSyncState(state, T + today * DAY);
    expect(
      Object.values(compacted.log).map((entry) => ('at' in entry ? (entry.at - T) / DAY : -1)),
    ).toEqual(keptDays);
    expect(compacted.checkpoints[KEY]).toMatchObject({
      sessions: folded,
      builtMinutes: folded * 30,
      phase: 'building',
    });
  });

  it.each([
    ['recent sessions and no device', stateWith([1, 2], {}), 10],
    [
      'sessions newer than what a device has seen',
      stateWith([5, 6], { laptop: 6, desktop: 4 }),
      10,
    ],
    ['an empty state', emptySyncState(), 10],
  ])('leaves %s as it was', (_name, state, today) => {
    expect(compactSyncState(state, T + today * DAY)).toBe(state);
  });

  it('keeps an undone session out of the checkpoint', () => {
    const [undoneId] = session(2);
    const state = stateWith([1, 2, 3], { laptop: 5 });
    state.log[undoneId] = { deleted: true, stamp: stampOnDay(2.5) };
    const compacted = compactSyncState(state, T + 30 * DAY);
    expect(compacted.checkpoints[KEY]).toMatchObject({ sessions: 2, builtMinutes: 60 });
    expect(compacted.log).toEqual({});
  });

  it.each([
    ['one copy folded, the other logged after what every device has seen', 'desktop', 20],
    ['both copies before the cutoff, the second after a later session', 'phone', 8],
  ])('counts a session logged by two devices once when %s', (_name, device, secondDay) => {
    const [id, entry] = session(2);
    const copy = { ...entry, device, stamp: stampOnDay(secondDay, device) };
    const state = stateWith([1, 3], { laptop: 40, [device]: 10 });
    state.log[id] = entry;
    state.log[logId(KEY, entry.at, device)] = copy;
    const compacted = compactSyncState(state, T + 50 * DAY);
    expect(replayProjects(compacted).projects).toEqual(replayProjects(state).projects);
    expect(replayProjects(compacted).projects.get(KEY)).toMatchObject({ sessions: 3 });
  });

  it('changes no project’s replayed progress', () => {
    fc.assert(
      fc.property(syncStatesArbitrary, fc.integer({ min: 0, max: 400 }), (states, days) => {
        const state = states.reduce(mergeSyncStates);
        const compacted = compactSyncState(state, T + days * DAY);
        expect(replayProjects(compacted).projects).toEqual(replayProjects(state).projects);
      }),
      { numRuns: 100 },
    );
  });

  it('merges the same whether a replica compacted first or not, when it held what it folded', () => {
    fc.assert(
      fc.property(syncStatesArbitrary, fc.integer({ min: 0, max: 400 }), ([a, b], days) => {
        const now = T + days * DAY;
        const cutoff = compactionCutoff(a!, now);
        // A replica can only fold what it has: entries another device never sent are not in it.
        fc.pre(heldBelow(a!, b!, cutoff));
        const compacted = compactSyncState(a!, now);
        expect(replayProjects(mergeSyncStates(compacted, b!)).projects).toEqual(
          replayProjects(mergeSyncStates(a!, b!)).projects,
        );
      }),
      { numRuns: 100 },
    );
  });
});
