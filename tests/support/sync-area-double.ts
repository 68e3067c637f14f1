import type {
  SyncAreaPort,
  SyncFailure,
  SyncFailureReason,
  SyncItemChange,
  SyncOutcome,
} from '../../lib/domain/sync/sync-area-port';

/**
 * The browsers' documented limits of `storage.sync`, stated here on their own so the double
 * checks the engine against the browser and not against the engine's own numbers.
 */
export const BROWSER_SYNC_LIMITS = {
  bytes: 102_400,
  bytesPerItem: 8_192,
  items: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Bytes an item counts for: its key and its value as JSON, in UTF-8. */
export function doubleItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

interface Versioned {
  value: unknown;
  version: number;
}

/** One item's change on its way to one device. */
export interface Delivery {
  to: string;
  key: string;
  /** Absent for a removed item. */
  value?: unknown;
  version: number;
}

/** A write the double refused, with the device that tried it. */
export interface Refusal {
  device: string;
  failure: SyncFailure;
}

export interface SyncDevice extends SyncAreaPort {
  name: string;
  /** A copy of what this device's browser holds now. */
  snapshot(): Record<string, unknown>;
  /** While set, every call fails as the browser does when sync is off or unreachable. */
  unavailable: boolean;
}

/**
 * One browser sync account shared by several devices, each with its own copy of the area, the
 * way Chrome Sync and Firefox Sync keep it: a device's write lands in its own copy at once (or is
 * refused whole when it breaks a limit), then reaches every other device later. Deliveries wait in
 * `pending` until the test hands them over (`deliver`), in any order, more than once if it likes;
 * a delivery older than what the device has is not applied (the browser keeps versions), yet
 * still fires `onChanged`, which the engine must shrug off.
 */
export function createSyncAccount(now: () => number) {
  const server = new Map<string, Versioned>();
  const serverVersions = new Map<string, number>();
  const devices = new Map<string, DeviceState>();
  const pending: Delivery[] = [];
  const refusals: Refusal[] = [];
  let version = 0;

  interface DeviceState {
    items: Map<string, Versioned>;
    /** The version of every key this device has seen written or removed. */
    versions: Map<string, number>;
    writes: number[];
    listeners: Set<(changes: Record<string, SyncItemChange>) => void>;
    port: SyncDevice;
  }

  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  function fire(state: DeviceState, changes: Record<string, SyncItemChange>) {
    for (const listener of state.listeners) listener(copy(changes));
  }

  function refuse(name: string, reason: SyncFailureReason): SyncOutcome<never> {
    const failure = { reason, detail: `${reason} (double)` };
    if (reason !== 'unavailable') refusals.push({ device: name, failure });
    return { ok: false, failure };
  }

  /** Why the browser would refuse this write on `state`, or null. */
  function limitBroken(
    state: DeviceState,
    after: Map<string, Versioned>,
  ): SyncFailureReason | null {
    const at = now();
    const recent = (span: number) => state.writes.filter((t) => at - t < span).length;
    if (recent(MINUTE) >= BROWSER_SYNC_LIMITS.writesPerMinute) return 'rate-minute';
    if (recent(HOUR) >= BROWSER_SYNC_LIMITS.writesPerHour) return 'rate-hour';
    let total = 0;
    for (const [key, { value }] of after) {
      const bytes = doubleItemBytes(key, value);
      if (bytes > BROWSER_SYNC_LIMITS.bytesPerItem) return 'quota-item';
      total += bytes;
    }
    if (total > BROWSER_SYNC_LIMITS.bytes) return 'quota-bytes';
    if (after.size > BROWSER_SYNC_LIMITS.items) return 'quota-items';
    return null;
  }

  function write(name: string, set: Record<string, unknown>, remove: string[]): SyncOutcome<void> {
    const state = devices.get(name)!;
    if (state.port.unavailable) return refuse(name, 'unavailable');
    const after = new Map(state.items);
    const changed: Delivery[] = [];
    for (const [key, value] of Object.entries(copy(set))) {
      version += 1;
      after.set(key, { value, version });
      changed.push({ to: name, key, value, version });
    }
    for (const key of remove) {
      if (!after.has(key)) continue;
      version += 1;
      after.delete(key);
      changed.push({ to: name, key, version });
    }
    const broken = limitBroken(state, after);
    if (broken) return refuse(name, broken);
    state.writes.push(now());
    state.items = after;
    for (const change of changed) {
      state.versions.set(change.key, change.version);
      serverVersions.set(change.key, change.version);
      if ('value' in change)
        server.set(change.key, { value: change.value, version: change.version });
      else server.delete(change.key);
      for (const other of devices.keys())
        if (other !== name) pending.push({ ...change, to: other });
    }
    return { ok: true, value: undefined };
  }

  return {
    pending,
    refusals,
    /** Signs a device into the account: its browser starts with what the account holds. */
    connect(name: string): SyncDevice {
      const state: DeviceState = {
        items: new Map([...server].map(([key, item]) => [key, copy(item)])),
        versions: new Map(serverVersions),
        writes: [],
        listeners: new Set(),
        port: undefined as never,
      };
      const unavailable = () => (state.port.unavailable ? refuse(name, 'unavailable') : null);
      state.port = {
        name,
        unavailable: false,
        snapshot: () =>
          Object.fromEntries([...state.items].map(([k, { value }]) => [k, copy(value)])),
        readAll: async () => unavailable() ?? { ok: true, value: state.port.snapshot() },
        set: async (items) => write(name, items, []),
        remove: async (keys) => write(name, {}, keys),
        bytesInUse: async () =>
          unavailable() ?? {
            ok: true,
            value: [...state.items].reduce(
              (sum, [k, { value }]) => sum + doubleItemBytes(k, value),
              0,
            ),
          },
        onChanged: (listener) => {
          state.listeners.add(listener);
          return () => state.listeners.delete(listener);
        },
      };
      devices.set(name, state);
      return state.port;
    },
    /** Hands pending delivery `index` to its device (and drops it from the queue unless `keep`). */
    deliver(index: number, keep = false) {
      const delivery = pending[index];
      if (!delivery) return;
      if (!keep) pending.splice(index, 1);
      const state = devices.get(delivery.to);
      if (!state) return;
      const old = state.items.get(delivery.key);
      if ((state.versions.get(delivery.key) ?? 0) < delivery.version) {
        state.versions.set(delivery.key, delivery.version);
        if ('value' in delivery)
          state.items.set(delivery.key, { value: copy(delivery.value), version: delivery.version });
        else state.items.delete(delivery.key);
      }
      const now = state.items.get(delivery.key);
      fire(state, { [delivery.key]: { oldValue: old?.value, newValue: now?.value } });
    },
    /** Delivers everything pending, oldest first, until nothing is left. */
    deliverAll() {
      while (pending.length > 0) this.deliver(0);
    },
    /** What the account holds, as a device that received everything would hold it. */
    serverItems: () => Object.fromEntries([...server].map(([k, { value }]) => [k, copy(value)])),
  };
}

export type SyncAccount = ReturnType<typeof createSyncAccount>;
