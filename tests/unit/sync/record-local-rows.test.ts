// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stampWall } from '../../../lib/domain/sync/hlc';
import { emptySyncState, newestStamp } from '../../../lib/domain/sync/merge-sync-state';
import { recordLocalRows } from '../../../lib/domain/sync/record-local-rows';
import type { SyncState } from '../../../lib/domain/sync/sync-state';
import {
  attach,
  DAY,
  detach,
  historyView,
  importedDevice,
  newDevice,
  projectByTitle,
  setEstimate,
  study,
  syncDevice,
  T0,
  undoLatest,
  type Device,
} from './sync-devices';

/** Records the device's rows against its baseline without touching the device. */
function record(device: Device, now: number): SyncState {
  return recordLocalRows({
    state: device.state,
    baseline: device.baseline,
    rows: device.rows,
    clock: device.clock,
    now,
  }).state;
}

/** Every stamp in the state that `before` did not have. */
function newStamps(before: SyncState, after: SyncState): string[] {
  const stamps = (state: SyncState) => {
    const found: string[] = [];
    JSON.stringify(state, (key, value: unknown) => {
      if (key === 'stamp' && typeof value === 'string') found.push(value);
      return value;
    });
    return found;
  };
  const old = new Set(stamps(before));
  return stamps(after).filter((stamp) => !old.has(stamp));
}

function syncedDevice(): Device {
  const device = importedDevice('devA');
  syncDevice(device, emptySyncState(), T0);
  return device;
}

describe('recordLocalRows', () => {
  it('writes nothing when the rows are as the last sync left them', () => {
    const device = syncedDevice();
    expect(record(device, T0 + DAY)).toEqual(device.state);
  });

  it('enters values with wall time zero and sessions with real stamps when there is no baseline, and removes nothing', () => {
    const device = importedDevice('devA');
    attach(device, 'Docker', 'https://docs.docker.com/', T0);
    study(device, 'Docker', T0 + 1, { minutes: 30 });
    const state = record(device, T0 + DAY);
    const sessionStamps = Object.values(state.log).map((entry) => entry.stamp);
    const stamps = newStamps(emptySyncState(), state).filter((s) => !sessionStamps.includes(s));
    expect(stamps.length).toBeGreaterThan(0);
    expect(stamps.every((stamp) => stampWall(stamp) === 0)).toBe(true);
    // A session must outlive a checkpoint that other devices made before it arrived.
    expect(sessionStamps.map(stampWall)).toEqual([T0 + DAY]);
    expect(Object.values(state.log)).toMatchObject([{ kind: 'build', minutes: 30 }]);
    expect(Object.keys(state.pages)).toHaveLength(1);
    expect(state.outline?.value.projects).toHaveLength(device.rows.projects.length);
    // The projects the note marks done keep the cards the import gave them.
    const done = device.rows.projects.filter((p) => p.phase === 'reviewing');
    expect(done.length).toBeGreaterThan(0);
    for (const project of done)
      expect(state.projects[project.key]?.card?.value).toEqual(project.card);
    // Docker's phase is the session's doing: the log carries it.
    expect(state.projects[projectByTitle(device, 'Docker').key]?.phase).toBeUndefined();
    expect(done.map((p) => state.projects[p.key]?.phase?.value)).toEqual(
      done.map(() => 'reviewing'),
    );
  });

  it.each<[string, (device: Device) => void, (state: SyncState, device: Device) => void]>([
    [
      'a changed estimate',
      (d) => setEstimate(d, 'Docker', 90),
      (state, d) =>
        expect(state.projects[projectByTitle(d, 'Docker').key]?.estimateMinutes?.value).toBe(90),
    ],
    [
      'a session, and no phase of its own for the phase the session moved',
      (d) => study(d, 'Docker', T0 + 1, { minutes: 30 }),
      (state, d) => {
        const key = projectByTitle(d, 'Docker').key;
        expect(
          Object.values(state.log).filter((e) => !('deleted' in e) && e.projectKey === key),
        ).toHaveLength(1);
        expect(state.projects[key]?.phase?.value).toBeUndefined();
      },
    ],
    [
      'a page attached',
      (d) => attach(d, 'Docker', 'https://docs.docker.com/', T0),
      (state) => expect(Object.keys(state.pages)).toHaveLength(1),
    ],
    [
      'a changed setting',
      (d) => (d.rows = { ...d.rows, settings: { ...d.rows.settings, reviewMinutes: 25 } }),
      (state) => expect(state.settings.reviewMinutes?.value).toBe(25),
    ],
    [
      'a target date',
      (d) =>
        (d.rows = {
          ...d.rows,
          objectives: d.rows.objectives.map((o, i) =>
            i === 0 ? { ...o, targetDate: '2026-09-01' } : o,
          ),
        }),
      (state) =>
        expect(Object.values(state.targetDates).map((r) => r.value)).toEqual(['2026-09-01']),
    ],
  ])('stamps %s newer than anything the state holds', (_, change, check) => {
    const device = syncedDevice();
    change(device);
    const newest = newestStamp(device.state) ?? '';
    const state = record(device, T0 - DAY);
    const stamps = newStamps(device.state, state);
    expect(stamps.length).toBeGreaterThan(0);
    expect(stamps.every((stamp) => stamp > newest)).toBe(true);
    check(state, device);
  });

  it.each<[string, (device: Device) => void, (state: SyncState) => number]>([
    [
      'an undone session',
      (d) => undoLatest(d),
      (state) => Object.values(state.log).filter((e) => 'deleted' in e).length,
    ],
    [
      'a detached page',
      (d) => detach(d, 'https://docs.docker.com/'),
      (state) => Object.values(state.pages).filter((p) => 'deleted' in p).length,
    ],
  ])('leaves a tombstone for %s', (_, change, tombstones) => {
    const device = syncedDevice();
    study(device, 'Docker', T0 + 1, { minutes: 30 });
    attach(device, 'Docker', 'https://docs.docker.com/', T0 + 2);
    syncDevice(device, emptySyncState(), T0 + 3);
    expect(tombstones(device.state)).toBe(0);
    change(device);
    expect(tombstones(record(device, T0 + 4))).toBe(1);
  });

  it('never logs a session twice when a device that synced it comes back without a baseline', () => {
    const a = syncedDevice();
    study(a, 'Docker', T0 + 1, { minutes: 30 });
    study(a, 'Docker', T0 + 2, { minutes: 30, finished: true });
    const shared = syncDevice(a, emptySyncState(), T0 + 3);
    const b = newDevice('devB');
    syncDevice(b, shared, T0 + 4);
    // B is restored from a backup: same rows, no baseline, no replica.
    const restored = { ...newDevice('devB2', b.rows) };
    syncDevice(restored, shared, T0 + 5);
    expect(Object.keys(restored.state.log).sort()).toEqual(Object.keys(shared.log).sort());
    expect(historyView(restored)).toEqual(historyView(a));
  });
});
