// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { progressOf } from '../../../lib/domain/schedule/complete-session';
import { emptySyncState } from '../../../lib/domain/sync/merge-sync-state';
import { foldCheckpoints, replayProjects } from '../../../lib/domain/sync/replay-project';
import { formatStamp } from '../../../lib/domain/sync/hlc';
import { logId, projectKeyOfLogId } from '../../../lib/domain/sync/sync-ids';
import type { LogEntry, SyncState } from '../../../lib/domain/sync/sync-state';
import {
  DAY,
  importedDevice,
  projectByTitle,
  study,
  syncDevice,
  T0,
  undoLatest,
  type Device,
} from './sync-devices';

/** A device that imported the example and studied three projects over a month. */
function studiedDevice(): Device {
  const device = importedDevice('devA');
  syncDevice(device, emptySyncState(), T0);
  const titles = ['Build Git', 'Docker', 'Kubernetes'];
  titles.forEach((title, i) => {
    study(device, title, T0 + DAY + i, { minutes: 60 });
    study(device, title, T0 + 2 * DAY + i, { minutes: 30, finished: true });
  });
  for (let day = 3; day < 30; day += 2)
    titles.forEach((title, i) =>
      study(device, title, T0 + day * DAY + i, { rating: day % 6 === 1 ? 'hard' : 'good' }),
    );
  study(device, 'Linux Internals', T0 + 30 * DAY, {
    minutes: 25,
    childrenDone: ['not a breakdown item'],
  });
  return device;
}

const progressByKey = (device: Device) =>
  Object.fromEntries(device.rows.projects.map((p) => [p.key, progressOf(p)]));

function replayedByKey(state: SyncState, keys: readonly string[]) {
  const replay = replayProjects(state);
  return Object.fromEntries(keys.map((key) => [key, replay.projects.get(key)?.progress]));
}

/** The state with its log entries in the reverse order, as another device may hold them. */
const reversedLog = (state: SyncState): SyncState => ({
  ...state,
  log: Object.fromEntries(Object.entries(state.log).reverse()),
});

describe('replayProjects', () => {
  it('replays a device’s own sessions to the progress and cards the app stored', () => {
    const device = studiedDevice();
    const local = progressByKey(device);
    syncDevice(device, emptySyncState(), T0 + 31 * DAY);
    expect(progressByKey(device)).toEqual(local);
    const keys = Object.keys(local);
    expect(replayedByKey(device.state, keys)).toEqual(local);
  });

  it.each([
    ['in stored order', (state: SyncState) => state],
    ['with the log in reverse order', reversedLog],
  ])('gives the same progress %s', (_, arrange) => {
    const device = studiedDevice();
    syncDevice(device, emptySyncState(), T0 + 31 * DAY);
    const keys = device.rows.projects.map((p) => p.key);
    expect(replayedByKey(arrange(device.state), keys)).toEqual(progressByKey(device));
  });

  it('gives each replayed session the progress before it', () => {
    const device = studiedDevice();
    const history = (d: Device) =>
      d.rows.reviews.map((r) => ({ at: r.at, before: r.before })).sort((a, b) => a.at - b.at);
    const reviews = history(device);
    syncDevice(device, emptySyncState(), T0 + 31 * DAY);
    const replay = replayProjects(device.state);
    expect(replay.before.size).toBe(reviews.length);
    expect(history(device)).toEqual(reviews);
  });

  it('leaves an undone session out', () => {
    const device = studiedDevice();
    syncDevice(device, emptySyncState(), T0 + 31 * DAY);
    const before = progressOf(projectByTitle(device, 'Linux Internals'));
    study(device, 'Linux Internals', T0 + 32 * DAY, { minutes: 40 });
    syncDevice(device, emptySyncState(), T0 + 32 * DAY + 1);
    undoLatest(device);
    syncDevice(device, emptySyncState(), T0 + 32 * DAY + 2);
    const key = projectByTitle(device, 'Linux Internals').key;
    expect(replayProjects(device.state).projects.get(key)?.progress).toEqual(before);
  });
});

/** A review of `key` at `at`, written by `device` with its clock at `wall`. */
function reviewEntry(key: string, at: number, device: string, wall: number): [string, LogEntry] {
  const entry: LogEntry = {
    projectKey: key,
    at,
    device,
    stamp: formatStamp(wall, 0, device),
    kind: 'review',
    rating: 'good',
    minutes: 20,
    note: '',
  };
  return [logId(key, at, device), entry];
}

describe('replayProjects with clocks that disagree', () => {
  const KEY = 'build git';
  const YEAR = 365 * DAY;
  // The laptop's clock runs a year ahead; the desktop reviews after it, by stamp, a year "earlier".
  const state: SyncState = {
    ...emptySyncState(),
    log: Object.fromEntries([
      reviewEntry(KEY, T0 + YEAR, 'laptop', T0 + YEAR),
      reviewEntry(KEY, T0 + DAY, 'desktop', T0 + YEAR + 1),
    ]),
  };

  it('schedules a review timed before the card’s last review at that last review, never throws', () => {
    const project = replayProjects(state).projects.get(KEY);
    expect(project?.sessions).toBe(2);
    expect(project?.progress.card?.lastReview).toBe(T0 + YEAR);
    expect(project?.progress.card?.reps).toBe(2);
  });

  it('folds such a history without throwing, to the same progress', () => {
    const checkpoints = foldCheckpoints(state, formatStamp(T0 + YEAR + 1, 0, 'desktop'));
    expect(checkpoints[KEY]?.card).toEqual(replayProjects(state).projects.get(KEY)?.progress.card);
  });
});

describe('foldCheckpoints', () => {
  it.each([5, 20, 40])(
    'folds the first %i sessions into checkpoints that replay to the same progress',
    (count) => {
      const device = studiedDevice();
      syncDevice(device, emptySyncState(), T0 + 31 * DAY);
      const stamps = Object.values(device.state.log)
        .map((entry) => entry.stamp)
        .sort();
      const upTo = stamps[Math.min(count, stamps.length) - 1] ?? '';
      const checkpoints = foldCheckpoints(device.state, upTo);
      expect(Object.keys(checkpoints).length).toBeGreaterThan(0);
      const compacted: SyncState = {
        ...device.state,
        checkpoints: { ...device.state.checkpoints, ...checkpoints },
        log: Object.fromEntries(
          Object.entries(device.state.log).filter(([id, entry]) => {
            const checkpoint = checkpoints[projectKeyOfLogId(id)];
            return !checkpoint || entry.stamp > checkpoint.upTo;
          }),
        ),
      };
      expect(Object.keys(compacted.log).length).toBe(
        stamps.length - Math.min(count, stamps.length),
      );
      const keys = device.rows.projects.map((p) => p.key);
      expect(replayedByKey(compacted, keys)).toEqual(replayedByKey(device.state, keys));
      const sessions = (state: SyncState) =>
        [...replayProjects(state).projects.values()].reduce((sum, p) => sum + p.sessions, 0);
      expect(sessions(compacted)).toBe(sessions(device.state));
    },
  );
});
