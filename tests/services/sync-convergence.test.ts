import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../lib/db/settings-repository';
import { readSyncReplica } from '../../lib/db/sync-replica';
import { logId, pageId } from '../../lib/domain/sync/sync-ids';
import { stampWall } from '../../lib/domain/sync/hlc';
import type { SyncState } from '../../lib/domain/sync/sync-state';
import { normaliseUrl } from '../../lib/domain/tabs/normalise-url';
import type { Rating } from '../../lib/domain/types';
import { attachResource } from '../../lib/services/attach-resource';
import { backupDatabase } from '../../lib/services/backup-database';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { detachResource } from '../../lib/services/manage-resource';
import { readBackup, restoreBackup } from '../../lib/services/restore-backup';
import { finishStudySession, undoLastSession } from '../../lib/services/study-session';
import { setEstimate } from '../../lib/services/update-project';
import { updateSettings } from '../../lib/services/update-settings';
import {
  comparableRows,
  simulatedDevices,
  type SimulatedDevice,
} from '../support/simulated-devices';
import { EXAMPLE_ROADMAP, NOW } from '../support/test-database';

type Op =
  | { op: 'import'; d: number }
  | { op: 'study'; d: number; p: number; minutes: number; finished: boolean; rating: Rating }
  | { op: 'undo'; d: number }
  | { op: 'attach'; d: number; p: number; page: number }
  | { op: 'detach'; d: number; p: number; page: number }
  | { op: 'setting'; d: number; minutes: number }
  | { op: 'estimate'; d: number; p: number; hours: number }
  | { op: 'backup'; d: number }
  | { op: 'restore'; d: number; which: number }
  | { op: 'deliver'; i: number; again: boolean }
  | { op: 'offline'; d: number; off: boolean }
  | { op: 'wait'; ms: number };

const device = fc.nat(2);
const project = fc.nat(5);
const OPS: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('import'), d: device }), weight: 2 },
  {
    arbitrary: fc.record({
      op: fc.constant('study'),
      d: device,
      p: project,
      minutes: fc.integer({ min: 15, max: 90 }),
      finished: fc.boolean(),
      rating: fc.constantFrom<Rating>('again', 'hard', 'good', 'easy'),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ op: fc.constant('undo'), d: device }), weight: 1 },
  {
    arbitrary: fc.record({ op: fc.constant('attach'), d: device, p: project, page: fc.nat(3) }),
    weight: 3,
  },
  {
    arbitrary: fc.record({ op: fc.constant('detach'), d: device, p: project, page: fc.nat(3) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('setting'),
      d: device,
      minutes: fc.constantFrom(20, 25, 30, 45, 60),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('estimate'),
      d: device,
      p: project,
      hours: fc.integer({ min: 1, max: 40 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant('backup'), d: device }), weight: 1 },
  {
    arbitrary: fc.record({ op: fc.constant('restore'), d: device, which: fc.nat(3) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ op: fc.constant('deliver'), i: fc.nat(50), again: fc.boolean() }),
    weight: 4,
  },
  {
    arbitrary: fc.record({ op: fc.constant('offline'), d: device, off: fc.boolean() }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ op: fc.constant('wait'), ms: fc.integer({ min: 1, max: 120_000 }) }),
    weight: 4,
  },
);

/**
 * A change the user made that every device must show in the end, unless a later change or a
 * tombstone replaces it. `recorded` tells whether the device's replica holds it yet: a restore or
 * an import before then replaces the local rows, so a change not yet recorded may be gone.
 */
interface Expectation {
  /** What it is about: one session, one page, one setting or estimate. */
  subject: string;
  at: number;
  device: number;
  /** What each device must show: present or absent for sessions and pages, a value otherwise. */
  value: unknown;
  recorded: (state: SyncState, replicaDevice: string) => boolean;
  uncertain: boolean;
  /** A later change made where this one could be seen (the same device, or one that had it). */
  superseded: boolean;
}

/** The wall time of the newest stamp a state holds for a subject, if it holds one. */
function seenWall(about: string, state: SyncState): number | undefined {
  const [kind, key, at] = JSON.parse(about) as [string, string?, number?];
  let stamp: string | undefined;
  if (kind === 'session') {
    for (const [id, entry] of Object.entries(state.log))
      if (id.startsWith(`${key}\n${at}\n`) && (stamp === undefined || entry.stamp > stamp))
        stamp = entry.stamp;
  } else if (kind === 'page') stamp = state.pages[key!]?.stamp;
  else if (kind === 'setting') stamp = state.settings.defaultSessionMinutes?.stamp;
  else stamp = state.projects[key!]?.estimateMinutes?.stamp;
  return stamp === undefined ? undefined : stampWall(stamp);
}

const subject = (...parts: (string | number)[]) => JSON.stringify(parts);

async function projectAt(device: SimulatedDevice, index: number) {
  const projects = (await device.db.projects.toArray()).sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
  return projects[index % Math.max(1, projects.length)];
}

const pageUrl = (page: number) => `https://example.org/notes/page-${page}?utm_source=x`;

/** What a run of operations has left to check: the changes made, each device's backups. */
interface Run {
  expected: Expectation[];
  backups: Map<number, string[]>;
}

async function apply(op: Op, sim: ReturnType<typeof simulatedDevices>, run: Run): Promise<void> {
  const { expected, backups } = run;
  const { time, account, devices } = sim;
  await time.advanceTo(time.now() + 1, sim.settle);
  const now = time.now();
  if (op.op === 'wait') return time.advanceTo(now + op.ms, sim.settle);
  if (op.op === 'deliver') {
    if (account.pending.length > 0) account.deliver(op.i % account.pending.length, op.again);
    return sim.settle();
  }
  if (op.op === 'offline') {
    // Sync unavailable (signed out, offline): every call fails until it is back.
    devices[op.d % devices.length]!.area.unavailable = op.off;
    return;
  }
  const d = op.d % devices.length;
  const device = devices[d]!;
  const { db } = device;
  // Between a restore or an import and the next sync, the device has no baseline: what changes
  // then enters below everything sync holds (by design), so only a new session is sure to stay.
  const replica = await readSyncReplica(db);
  const baselined = replica?.baseline !== undefined;
  const expect = (
    subject: string,
    value: unknown,
    recorded: Expectation['recorded'],
    survivesWithoutBaseline = false,
  ) => {
    // Last writer wins by when a change is recorded, so a change only surely wins over what
    // its device had already seen; concurrent changes are each allowed to win.
    const seen = replica ? seenWall(subject, replica.state) : undefined;
    for (const e of expected)
      if (e.subject === subject && (e.device === d || (seen !== undefined && seen >= e.at)))
        e.superseded = true;
    expected.push({
      subject,
      at: now,
      device: d,
      value,
      recorded,
      uncertain: !baselined && !survivesWithoutBaseline,
      superseded: false,
    });
  };

  switch (op.op) {
    case 'backup': {
      if ((await db.roadmaps.count()) === 0) return;
      const kept = backups.get(d) ?? [];
      kept.push((await backupDatabase(db, new Date(now))).text);
      backups.set(d, kept);
      return;
    }
    case 'import':
    case 'restore': {
      // What this device had not yet recorded may be replaced: sync pulls first after these.
      for (const e of expected)
        if (e.device === d && !(replica && e.recorded(replica.state, replica.device)))
          e.uncertain = true;
      if (op.op === 'import') {
        await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', now);
      } else {
        // One of this device's earlier backups, else a copy of what it holds now.
        const kept = backups.get(d) ?? [];
        const text =
          kept[op.which % Math.max(1, kept.length)] ??
          ((await db.roadmaps.count()) > 0 ? (await backupDatabase(db, new Date(now))).text : null);
        if (text !== null) await restoreBackup(db, readBackup(db, text, new Date(now)));
      }
      return;
    }
    case 'study': {
      const target = await projectAt(device, op.p);
      if (!target) return;
      const result =
        target.phase === 'reviewing'
          ? { kind: 'review' as const, rating: op.rating, minutes: op.minutes, note: '', now }
          : {
              kind: 'build' as const,
              minutes: op.minutes,
              note: '',
              now,
              childrenDone: [],
              finished: op.finished,
            };
      await finishStudySession(db, target.id, result);
      expect(
        subject('session', target.key, now),
        true,
        (state, replicaDevice) => {
          const entry = state.log[logId(target.key, now, replicaDevice)];
          return entry !== undefined && !('deleted' in entry);
        },
        true,
      );
      return;
    }
    case 'undo': {
      const latest = await db.reviews.orderBy('at').last();
      if (!latest) return;
      const key = (await db.projects.get(latest.projectId))?.key;
      await undoLastSession(db);
      if (key === undefined) return;
      expect(subject('session', key, latest.at), false, (state) =>
        Object.entries(state.log).some(
          ([id, entry]) => id.startsWith(`${key}\n${latest.at}\n`) && 'deleted' in entry,
        ),
      );
      return;
    }
    case 'attach': {
      const target = await projectAt(device, op.p);
      if (!target) return;
      const url = pageUrl(op.page);
      const outcome = await attachResource(db, {
        projectId: target.id,
        url,
        title: `Page ${op.page}`,
        via: 'popup',
        now,
      });
      if (!outcome.ok) return;
      const id = pageId(target.key, normaliseUrl(url));
      expect(subject('page', id), true, (state) => {
        const page = state.pages[id];
        return page !== undefined && !('deleted' in page) && stampWall(page.stamp) >= now;
      });
      return;
    }
    case 'detach': {
      const target = await projectAt(device, op.p);
      if (!target) return;
      const url = normaliseUrl(pageUrl(op.page));
      const row = (await db.resources.where('projectId').equals(target.id).toArray()).find(
        (r) => normaliseUrl(r.url) === url,
      );
      if (!row) return;
      await detachResource(db, row.id);
      const id = pageId(target.key, url);
      expect(subject('page', id), false, (state) => {
        const page = state.pages[id];
        return page !== undefined && 'deleted' in page && stampWall(page.stamp) >= now;
      });
      return;
    }
    case 'setting': {
      await updateSettings(db, { defaultSessionMinutes: op.minutes }, now);
      expect(subject('setting'), op.minutes, (state) => {
        const register = state.settings.defaultSessionMinutes;
        return register !== undefined && stampWall(register.stamp) >= now;
      });
      return;
    }
    case 'estimate': {
      const target = await projectAt(device, op.p);
      if (!target) return;
      await setEstimate(db, target.id, op.hours * 60);
      expect(subject('estimate', target.key), op.hours * 60, (state) => {
        const register = state.projects[target.key]?.estimateMinutes;
        return register !== undefined && stampWall(register.stamp) >= now;
      });
    }
  }
}

/** What a device shows for an expectation's subject. */
async function shown(device: SimulatedDevice, about: string): Promise<unknown> {
  const [kind, key, at] = JSON.parse(about) as [string, string?, number?];
  const projects = await device.db.projects.toArray();
  const keyOf = new Map(projects.map((p) => [p.id, p.key]));
  if (kind === 'session') {
    const reviews = await device.db.reviews.where('at').equals(at!).toArray();
    return reviews.some((r) => keyOf.get(r.projectId) === key);
  }
  if (kind === 'page') {
    const resources = await device.db.resources.toArray();
    return resources.some((r) => pageId(keyOf.get(r.projectId) ?? '', normaliseUrl(r.url)) === key);
  }
  if (kind === 'setting') return (await readSettings(device.db)).defaultSessionMinutes;
  return projects.find((p) => p.key === key)?.estimateMinutes;
}

describe('sync between simulated devices', () => {
  it('converges, loses nothing but what a tombstone or a later change replaces, and stays within quota', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }),
        fc.array(OPS, { minLength: 4, maxLength: 16 }),
        async (count, ops) => {
          const sim = simulatedDevices(['a', 'b', 'c'].slice(0, count), NOW);
          for (const device of sim.devices) device.startSync();
          await sim.quiesce();
          // Someone studies from the start: the first device holds the roadmap before the rest.
          await importRoadmap(sim.devices[0]!.db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
          const expected: Expectation[] = [];
          const run: Run = { expected, backups: new Map() };
          for (const op of ops) await apply(op, sim, run);
          for (const device of sim.devices) device.area.unavailable = false;
          await sim.quiesce();

          const rows = await Promise.all(sim.devices.map((d) => comparableRows(d.db)));
          for (const other of rows.slice(1)) expect(other).toEqual(rows[0]);

          // Each subject shows one of the changes no later change replaced, on every device.
          const open = new Map<string, Expectation[]>();
          for (const e of expected.filter((e) => !e.superseded))
            open.set(e.subject, [...(open.get(e.subject) ?? []), e]);
          for (const [about, candidates] of open) {
            if (candidates.some((e) => e.uncertain)) continue;
            for (const device of sim.devices)
              expect(
                candidates.map((e) => e.value),
                `${about} on ${device.name}`,
              ).toContainEqual(await shown(device, about));
          }

          expect(sim.account.refusals).toEqual([]);
          for (const device of sim.devices) {
            expect(device.errors).toEqual([]);
            expect(device.status()?.problem).toBeUndefined();
            device.stopSync();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 600_000);
});
