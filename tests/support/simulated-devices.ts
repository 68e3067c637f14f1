import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDatabase, type WaymarkDatabase } from '../../lib/db/database';
import { readSettings } from '../../lib/db/settings-repository';
import { stableJson } from '../../lib/domain/sync/stable-json';
import { withoutKeys } from '../../lib/domain/optional-keys';
import { normaliseUrl } from '../../lib/domain/tabs/normalise-url';
import { keepSyncing } from '../../lib/services/sync/keep-syncing';
import type { SyncStatus } from '../../lib/domain/sync/sync-status';
import { manualTimers } from './manual-timers';
import { createSyncAccount, type SyncDevice } from './sync-area-double';

export interface SimulatedDevice {
  name: string;
  db: WaymarkDatabase;
  area: SyncDevice;
  status: () => SyncStatus | undefined;
  errors: unknown[];
  engine: ReturnType<typeof keepSyncing> | undefined;
  /** Turns sync on (pulling first), as the user's switch in Settings does. */
  startSync: () => void;
  stopSync: () => void;
}

/** Yields to the event loop once, so events queued by IndexedDB and Dexie are delivered. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Browsers signed into one sync account, each with its own database (named apart, so one
 * device's writes never look like another's) and its own sync engine, on one manual clock.
 */
export function simulatedDevices(names: string[], start: number) {
  const time = manualTimers(start);
  const account = createSyncAccount(time.now);
  const devices = names.map((name): SimulatedDevice => {
    let ids = 0;
    let status: SyncStatus | undefined;
    const db = createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }, `waymark-${name}`);
    const device: SimulatedDevice = {
      name,
      db,
      area: account.connect(name),
      status: () => status,
      errors: [],
      engine: undefined,
      startSync: () => {
        device.engine ??= keepSyncing({
          db,
          area: device.area,
          now: time.now,
          newId: () => `${name}-${(ids += 1)}`,
          timers: time.timers,
          status: {
            read: async () => status,
            write: async (next) => {
              status = next;
            },
          },
          retryAt: () => {},
          onError: (error) => device.errors.push(error),
        });
      },
      stopSync: () => {
        device.engine?.stop();
        device.engine = undefined;
      },
    };
    return device;
  });
  const settle = async () => {
    await nextTask();
    await Promise.all(devices.map((d) => d.engine?.idle()));
  };

  /** Hands over every delivery and runs every timer until nothing is left to do. */
  async function quiesce(rounds = 300) {
    for (let round = 0; round < rounds; round++) {
      account.deliverAll();
      await settle();
      const next = time.nextAt();
      if (next === undefined && account.pending.length === 0) return;
      if (next !== undefined) await time.advanceTo(next, settle);
    }
    throw new Error('sync never settled');
  }

  return { time, account, devices, settle, quiesce };
}

/** A device's rows with local ids replaced by what every device shares (keys, titles, addresses). */
export async function comparableRows(db: WaymarkDatabase) {
  const [objectives, projects, resources, reviews, settings] = await Promise.all([
    db.objectives.toArray(),
    db.projects.toArray(),
    db.resources.toArray(),
    db.reviews.toArray(),
    // As the app reads them: no row at all reads as the defaults.
    readSettings(db),
  ]);
  const objectiveTitle = new Map(objectives.map((o) => [o.id, o.title]));
  const projectKey = new Map(projects.map((p) => [p.id, p.key]));
  const sorted = <T>(rows: T[]) => rows.map((row) => stableJson(row)).sort();
  return {
    objectives: sorted(objectives.map((o) => withoutKeys(o, 'id', 'roadmapId'))),
    projects: sorted(
      projects.map((p) => ({
        ...withoutKeys(p, 'id', 'roadmapId', 'objectiveId'),
        objective: objectiveTitle.get(p.objectiveId),
      })),
    ),
    resources: sorted(
      resources.map((r) => ({
        ...withoutKeys(r, 'id', 'projectId', 'url', 'lastOpenedAt'),
        page: normaliseUrl(r.url),
        project: projectKey.get(r.projectId),
      })),
    ),
    reviews: sorted(
      reviews.map((r) => ({
        ...withoutKeys(r, 'id', 'projectId'),
        project: projectKey.get(r.projectId),
      })),
    ),
    settings: stableJson(settings),
  };
}
