// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compactSyncState } from '../../../lib/domain/sync/compact-sync-state';
import { materialiseRows } from '../../../lib/domain/sync/materialise-rows';
import { mergeSyncStates, newestStamp } from '../../../lib/domain/sync/merge-sync-state';
import { newEpochOfRows, rowsBeforeNewEpoch } from '../../../lib/domain/sync/replace-everywhere';
import type { LocalRows } from '../../../lib/domain/sync/local-rows';
import type { SyncState } from '../../../lib/domain/sync/sync-state';
import {
  attach,
  DAY,
  historyView,
  importedDevice,
  nextId,
  progressView,
  setEstimate,
  study,
  syncDevice,
  T0,
  type Device,
} from './sync-devices';

/** Every stamp anywhere in the state but the devices' notes. */
function stamps(state: SyncState): string[] {
  const found: string[] = [];
  JSON.stringify({ ...state, devices: {} }, (key, value: unknown) => {
    if ((key === 'stamp' || key === 'upTo') && typeof value === 'string') found.push(value);
    return value;
  });
  return found;
}

/** A and B share the example roadmap; then each studies on its own, and B attaches and edits. */
function twoDevices() {
  const a = importedDevice('devA');
  const b = importedDevice('devB');
  const first = syncDevice(a, syncDevice(b, syncDevice(a, a.state, T0), T0 + 1), T0 + 2);
  syncDevice(b, first, T0 + 3);
  const title = b.rows.projects.find((p) => p.phase !== 'reviewing')!.title;
  study(b, title, T0 + DAY, { minutes: 40 });
  attach(b, title, 'https://example.org/b-only', T0 + DAY);
  setEstimate(b, title, 300);
  const synced = syncDevice(b, a.state, T0 + DAY + 1);
  // Each device's note of what it has merged, as every sync run leaves one.
  const note = { seen: newestStamp(synced)!, at: T0 + DAY + 1 };
  const previous = { ...synced, devices: { devA: note, devB: note } };
  // A's own session, made before the restore it replaces everything with.
  const other = a.rows.projects.filter((p) => p.phase !== 'reviewing')[1]!.title;
  study(a, other, T0 + DAY, { minutes: 30 });
  return { a, b, previous };
}

function replaceFrom(a: Device, previous: SyncState, now: number) {
  return newEpochOfRows({ previous, rows: a.rows, clock: a.clock, now, epoch: 'restored-1' });
}

describe('newEpochOfRows', () => {
  it('stamps the epoch and every value after anything the old state holds, and keeps the devices', () => {
    const { a, previous } = twoDevices();
    const { state } = replaceFrom(a, previous, T0 + 2 * DAY);
    const oldest = newestStamp(previous)!;
    expect(state.epoch.value).toBe('restored-1');
    expect(state.epoch.stamp > oldest).toBe(true);
    expect(stamps(state).length).toBeGreaterThan(1);
    for (const stamp of stamps(state)) expect(stamp > oldest, stamp).toBe(true);
    expect(state.devices).toEqual(previous.devices);
    expect(mergeSyncStates(previous, state)).toBe(state);
    expect(mergeSyncStates(state, previous)).toBe(state);
  });

  it('folds nothing of the new epoch before every known device has taken it in', () => {
    const { a, previous } = twoDevices();
    const made = replaceFrom(a, previous, T0 + 2 * DAY).state;
    // A notes that it has seen its own epoch, as every sync run does.
    const seen = { seen: newestStamp(made)!, at: T0 + 2 * DAY };
    const state = { ...made, devices: { ...made.devices, [a.id]: seen } };
    expect(Object.keys(state.log).length).toBeGreaterThan(0);
    expect(compactSyncState(state, T0 + 60 * DAY)).toBe(state);
    const alone = { ...state, devices: { [a.id]: seen } };
    expect(compactSyncState(alone, T0 + 60 * DAY).log).toEqual({});
  });
});

describe('rowsBeforeNewEpoch', () => {
  it('lets the new epoch replace what B did on its own: B shows what A shows', () => {
    const { a, b, previous } = twoDevices();
    const { state } = replaceFrom(a, previous, T0 + 2 * DAY);
    expect(historyView(a)).toHaveLength(1);
    expect(historyView(b)).toHaveLength(1);
    expect(historyView(b)).not.toEqual(historyView(a));

    const over = (rows: LocalRows) => ({
      ...b,
      rows: materialiseRows({
        state,
        rows,
        device: b.id,
        newId: () => nextId(b),
        now: T0 + 3 * DAY,
      }).rows,
    });
    const replaced = over(rowsBeforeNewEpoch(b.rows));
    expect(historyView(replaced)).toEqual(historyView(a));
    expect(progressView(replaced)).toEqual(progressView(a));
    expect(replaced.rows.resources).toEqual([]);
    // Materialised over its own rows instead, B would keep its session and its page.
    const merged = over(b.rows);
    expect(historyView(merged)).toEqual(expect.arrayContaining(historyView(b)));
    expect(merged.rows.resources).toHaveLength(1);
  });
});
