import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackupStore, type BackupStore } from '../../lib/db/backup-store';
import type { WaymarkDatabase } from '../../lib/db/database';
import { readSyncReplica } from '../../lib/db/sync-replica';
import { unpackSyncItems } from '../../lib/domain/sync/unpack-sync-items';
import { attachResource } from '../../lib/services/attach-resource';
import { backupDatabase } from '../../lib/services/backup-database';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { readBackup, restoreBackup } from '../../lib/services/restore-backup';
import { restoreRollingBackup, takeRollingBackup } from '../../lib/services/rolling-backups';
import {
  restoreKeepingSafetyCopy,
  undoLastRestore,
  type RestoreOptions,
} from '../../lib/services/safety-copy';
import { finishStudySession } from '../../lib/services/study-session';
import { runSync, type SyncDeps } from '../../lib/services/sync/run-sync';
import { updateSettings } from '../../lib/services/update-settings';
import { comparableRows, simulatedDevices } from '../support/simulated-devices';
import { createSyncAccount, type SyncDevice } from '../support/sync-area-double';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

const HOUR = 3_600_000;

function engine(db: WaymarkDatabase, area: SyncDevice, clock: { now: number }): SyncDeps {
  let ids = 0;
  return { db, area, now: () => clock.now, newId: () => `${area.name}-${(ids += 1)}` };
}

/** Two devices on one sync account, each with its own database and engine, on a shared clock. */
function twoDevices() {
  const clock = { now: NOW };
  const account = createSyncAccount(() => clock.now);
  const a = createTestDatabase();
  const b = createTestDatabase();
  const syncA = engine(a, account.connect('a'), clock);
  const syncB = engine(b, account.connect('b'), clock);
  return { clock, account, a, b, syncA, syncB };
}

async function sortedProjects(db: WaymarkDatabase) {
  return (await db.projects.toArray())
    .filter((p) => p.phase !== 'reviewing')
    .sort((x, y) => (x.key < y.key ? -1 : 1));
}

/** A session on the `index`th project not yet learned, and a page attached to it. */
async function study(db: WaymarkDatabase, index: number, at: number, page: string) {
  const project = (await sortedProjects(db))[index]!;
  await finishStudySession(db, project.id, {
    kind: 'build',
    minutes: 30,
    note: `session at ${at}`,
    now: at,
    childrenDone: [],
    finished: false,
  });
  await attachResource(db, {
    projectId: project.id,
    url: `https://example.org/${page}`,
    title: page,
    via: 'popup',
    now: at + 1_000,
  });
}

describe('a restore and sync', () => {
  it.each([
    { replaceEverywhere: true, sessions: 1, pages: 1, minutes: 25 },
    { replaceEverywhere: false, sessions: 3, pages: 3, minutes: 45 },
  ])(
    'replace everywhere $replaceEverywhere: B ends with $sessions sessions and $pages pages',
    async ({ replaceEverywhere, sessions, pages, minutes }) => {
      const { clock, account, a, b, syncA, syncB } = twoDevices();
      const syncBoth = async () => {
        for (const deps of [syncA, syncB, syncA]) {
          clock.now += 1_000;
          expect(await runSync(deps)).toMatchObject({ ok: true });
          account.deliverAll();
        }
      };

      await importRoadmap(a, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
      await updateSettings(a, { defaultSessionMinutes: 25 }, NOW);
      await study(a, 0, NOW + 1_000, 'kept');
      const backup = readBackup(
        a,
        (await backupDatabase(a, new Date(NOW + 2_000))).text,
        new Date(),
      );
      await syncBoth();

      // After the backup, both devices did more: sessions, pages and a setting.
      clock.now = NOW + HOUR;
      await study(a, 1, clock.now, 'a-later');
      await study(b, 2, clock.now + 5_000, 'b-extra');
      await updateSettings(b, { defaultSessionMinutes: 45 }, clock.now + 10_000);
      await syncBoth();
      expect(await b.reviews.count()).toBe(3);

      clock.now = NOW + 2 * HOUR;
      await restoreBackup(a, backup, replaceEverywhere);
      const restored = await comparableRows(a);
      await syncBoth();

      for (const db of [a, b]) {
        expect(await db.reviews.count()).toBe(sessions);
        expect(await db.resources.count()).toBe(pages);
        expect((await db.settings.get('settings'))?.defaultSessionMinutes).toBe(minutes);
      }
      expect(await comparableRows(b)).toEqual(await comparableRows(a));
      if (replaceEverywhere) expect(await comparableRows(a)).toEqual(restored);
      expect((await readSyncReplica(a))?.replaceEverywhere).toBeUndefined();
    },
  );

  it('the new epoch removes the old items, and a later change on B merges into it as usual', async () => {
    const { clock, account, a, b, syncA, syncB } = twoDevices();
    await importRoadmap(a, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
    const backup = readBackup(a, (await backupDatabase(a, new Date(NOW))).text, new Date());
    await study(a, 0, NOW + 1_000, 'first');
    for (const deps of [syncA, syncB]) {
      clock.now += 1_000;
      expect(await runSync(deps)).toMatchObject({ ok: true });
      account.deliverAll();
    }
    const before = unpackSyncItems(account.serverItems()).state;

    await restoreBackup(a, backup, true);
    clock.now += 1_000;
    expect(await runSync(syncA)).toMatchObject({ ok: true });
    account.deliverAll();
    const { state, problems } = unpackSyncItems(account.serverItems());
    expect(problems).toEqual([]);
    expect(state.epoch.stamp > before.epoch.stamp).toBe(true);
    expect(state.log).toEqual({});
    expect(state.pages).toEqual({});

    clock.now += 1_000;
    expect(await runSync(syncB)).toMatchObject({ ok: true });
    expect(await b.reviews.count()).toBe(0);
    await study(b, 1, clock.now, 'after');
    for (const deps of [syncB, syncA]) {
      clock.now += 1_000;
      expect(await runSync(deps)).toMatchObject({ ok: true });
      account.deliverAll();
    }
    expect(await a.reviews.count()).toBe(1);
    expect(await a.resources.count()).toBe(1);
    expect(await comparableRows(a)).toEqual(await comparableRows(b));
  });
});

const RESTORES: {
  name: string;
  restore: (db: WaymarkDatabase, store: BackupStore, options: RestoreOptions) => Promise<void>;
}[] = [
  {
    name: 'a backup file',
    restore: async (db, store, options) => {
      const text = (await backupDatabase(db, new Date(NOW))).text;
      await restoreKeepingSafetyCopy(
        db,
        store,
        readBackup(db, text, new Date(NOW)),
        new Date(NOW),
        options,
      );
    },
  },
  {
    name: 'a daily backup',
    restore: async (db, store, options) => {
      const taken = await takeRollingBackup(db, store, new Date(NOW));
      await restoreRollingBackup(db, store, taken!.day, new Date(NOW), options);
    },
  },
  {
    name: 'the undo of a restore',
    restore: async (db, store, options) => {
      const text = (await backupDatabase(db, new Date(NOW))).text;
      await restoreKeepingSafetyCopy(db, store, readBackup(db, text, new Date(NOW)), new Date(NOW));
      await undoLastRestore(db, store, new Date(NOW), options);
    },
  },
];

describe.each(RESTORES)('restoring $name', ({ restore }) => {
  it.each([true, false])(
    'with replace everywhere %s asks the next sync for it, or only forgets the baseline',
    async (replaceEverywhere) => {
      const clock = { now: NOW };
      const account = createSyncAccount(() => clock.now);
      const db = createTestDatabase();
      const store = createBackupStore({ indexedDB: new IDBFactory(), IDBKeyRange });
      await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
      expect(await runSync(engine(db, account.connect('a'), clock))).toMatchObject({ ok: true });
      const synced = await readSyncReplica(db);

      await restore(db, store, { replaceEverywhere });
      const replica = await readSyncReplica(db);
      expect(replica?.device).toBe(synced?.device);
      expect(replica?.baseline).toBeUndefined();
      expect(replica?.replaceEverywhere).toBe(replaceEverywhere ? true : undefined);
    },
  );
});

it('a device that never synced keeps the request in a replica of its own', async () => {
  const clock = { now: NOW };
  const account = createSyncAccount(() => clock.now);
  const other = createTestDatabase();
  await importRoadmap(other, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  await study(other, 0, NOW + 1_000, 'other');
  expect(await runSync(engine(other, account.connect('other'), clock))).toMatchObject({
    ok: true,
  });
  account.deliverAll();

  const db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  const backup = readBackup(db, (await backupDatabase(db, new Date(NOW))).text, new Date(NOW));
  await restoreBackup(db, backup, true);
  expect(await readSyncReplica(db)).toMatchObject({ replaceEverywhere: true });

  clock.now += HOUR;
  expect(await runSync(engine(db, account.connect('fresh'), clock))).toMatchObject({ ok: true });
  expect(await db.reviews.count()).toBe(0);
  const { state } = unpackSyncItems(account.serverItems());
  expect(state.log).toEqual({});
  expect(state.pages).toEqual({});
});

it('with the engines running, a replace on A reaches B without anyone asking for a sync', async () => {
  const sim = simulatedDevices(['a', 'b'], NOW);
  const [a, b] = sim.devices as [(typeof sim.devices)[0], (typeof sim.devices)[0]];
  for (const device of sim.devices) device.startSync();
  await sim.quiesce();
  await importRoadmap(a.db, EXAMPLE_ROADMAP, 'example-roadmap.md', sim.time.now());
  await sim.quiesce();
  const backup = readBackup(a.db, (await backupDatabase(a.db, new Date(NOW))).text, new Date(NOW));
  await study(b.db, 0, sim.time.now(), 'b-only');
  await sim.quiesce();
  expect(await a.db.reviews.count()).toBe(1);

  await restoreBackup(a.db, backup, true);
  await sim.quiesce();
  for (const device of sim.devices) {
    expect(await device.db.reviews.count()).toBe(0);
    expect(await device.db.resources.count()).toBe(0);
    expect(device.errors).toEqual([]);
  }
  expect(await comparableRows(b.db)).toEqual(await comparableRows(a.db));
  for (const device of sim.devices) device.stopSync();
});
