// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutKeys } from '../../../lib/domain/optional-keys';
import { rowProblem } from '../../../lib/domain/rows/row-problem';
import { postponeProject } from '../../../lib/domain/schedule/postpone-project';
import { putBack, reopenProject, startNow } from '../../../lib/domain/schedule/project-phase';
import { compactSyncState } from '../../../lib/domain/sync/compact-sync-state';
import {
  emptySyncState,
  mergeSyncStates,
  newestStamp,
} from '../../../lib/domain/sync/merge-sync-state';
import type { SyncState } from '../../../lib/domain/sync/sync-state';
import {
  attach,
  changeProject,
  DAY,
  detach,
  historyView,
  importedDevice,
  markDone,
  newDevice,
  progressView,
  projectByTitle,
  setEstimate,
  study,
  syncDevice,
  T0,
  undoLatest,
  type Device,
} from './sync-devices';

const YEAR = 365 * DAY;

/** What a user can do to a project on one device, through the app's own functions. */
const PROJECT_CHANGES: [string, (d: Device, now: number) => void][] = [
  ['marked done', (d, now) => markDone(d, 'Docker', now)],
  [
    'marked done after a session',
    (d, now) => {
      study(d, 'Docker', now - 5, { minutes: 30 });
      markDone(d, 'Docker', now);
    },
  ],
  ['started out of turn', (d) => changeProject(d, 'Docker', startNow)],
  [
    'put back in the queue after a session',
    (d, now) => {
      study(d, 'Docker', now - 5, { minutes: 30 });
      changeProject(d, 'Docker', putBack);
    },
  ],
  ['postponed', (d) => changeProject(d, 'Docker', (p) => postponeProject(p, '2026-04-01'))],
  [
    'postponed, then studied',
    (d, now) => {
      changeProject(d, 'Docker', (p) => postponeProject(p, '2026-04-01'));
      study(d, 'Docker', now, { minutes: 30 });
    },
  ],
  [
    'reopened after its reviews',
    (d, now) => {
      study(d, 'PubSub system in Rust', now - 5, { rating: 'again' });
      changeProject(d, 'PubSub system in Rust', reopenProject);
    },
  ],
  ['paused', (d) => changeProject(d, 'Docker', (p) => ({ ...p, status: 'paused' }))],
  [
    'with a breakdown item ticked by hand',
    (d) => changeProject(d, 'Docker', (p) => ({ ...p, childrenDone: ['x'] })),
  ],
];
/** A stamp newer than any a test writes. */
const LATE = '002000000000000.000000.devZ';

function rowsAreStorable(device: Device) {
  const tables = [
    ['objectives', device.rows.objectives],
    ['projects', device.rows.projects],
    ['resources', device.rows.resources],
    ['reviews', device.rows.reviews],
  ] as const;
  for (const [table, rows] of tables)
    for (const row of rows) expect(rowProblem(table, row), `${table} ${row.id}`).toBeNull();
  expect(rowProblem('settings', device.rows.settings)).toBeNull();
}

/** Device A imports and studies Build Git; B has its own review of PubSub. */
function twoDevicesStudying() {
  const a = importedDevice('devA', T0);
  const b = importedDevice('devB', T0 + 1000);
  const first = syncDevice(a, emptySyncState(), T0 + 2000);
  syncDevice(b, first, T0 + 3000);
  study(a, 'Build Git', T0 + DAY, { minutes: 45 });
  study(a, 'Build Git', T0 + 2 * DAY, { minutes: 30, finished: true });
  study(b, 'PubSub system in Rust', T0 + DAY + 5000, { rating: 'good' });
  return { a, b };
}

describe('materialiseRows', () => {
  it('gives a fresh device with an empty database every project, review and page', () => {
    const a = importedDevice('devA');
    syncDevice(a, emptySyncState(), T0 + 1000);
    study(a, 'Build Git', T0 + DAY, { minutes: 40 });
    study(a, 'PubSub system in Rust', T0 + DAY + 1, { rating: 'hard' });
    attach(a, 'Build Git', 'https://git-scm.com/book', T0 + DAY + 2);
    const pushed = syncDevice(a, emptySyncState(), T0 + DAY + 3);

    const fresh = newDevice('devC');
    syncDevice(fresh, pushed, T0 + 2 * DAY);

    expect(progressView(fresh)).toEqual(progressView(a));
    expect(historyView(fresh)).toEqual(historyView(a));
    expect(fresh.rows.resources.map((r) => r.url)).toEqual(['https://git-scm.com/book']);
    expect(fresh.rows.objectives.map((o) => o.title)).toEqual(
      a.rows.objectives.map((o) => o.title),
    );
    expect(fresh.rows.roadmap?.title).toBe('Example');
    rowsAreStorable(fresh);
    // The fresh device pushes nothing of its own over what it received.
    expect(fresh.state).toEqual(a.state);
  });

  it.each([
    ['A first, then B', ['a', 'b'] as const],
    ['B first, then A', ['b', 'a'] as const],
  ])('merges two devices’ sessions into one progress and card (%s)', (_, order) => {
    const { a, b } = twoDevicesStudying();
    const devices = { a, b };
    let shared: SyncState = emptySyncState();
    for (const name of order)
      shared = mergeSyncStates(shared, syncDevice(devices[name], shared, T0 + 3 * DAY));
    for (const name of order) syncDevice(devices[name], shared, T0 + 3 * DAY + 1);

    expect(progressView(a)).toEqual(progressView(b));
    expect(historyView(a)).toEqual(historyView(b));
    const git = projectByTitle(a, 'Build Git');
    expect(git).toMatchObject({ phase: 'reviewing', done: true, builtMinutes: 75 });
    expect(git.card?.due).toBeGreaterThan(T0 + 2 * DAY);
    expect(projectByTitle(b, 'PubSub system in Rust').card?.reps).toBeGreaterThan(0);
    expect(historyView(a)).toHaveLength(3);
    rowsAreStorable(a);
    rowsAreStorable(b);
  });

  it('gives the same rows whichever order the two pushes arrive in', () => {
    const runs = (['ab', 'ba'] as const).map((order) => {
      const { a, b } = twoDevicesStudying();
      const pushA = syncDevice(a, emptySyncState(), T0 + 3 * DAY);
      const pushB = syncDevice(b, emptySyncState(), T0 + 3 * DAY);
      const merged = order === 'ab' ? mergeSyncStates(pushA, pushB) : mergeSyncStates(pushB, pushA);
      syncDevice(a, merged, T0 + 4 * DAY);
      syncDevice(b, merged, T0 + 4 * DAY);
      return progressView(a);
    });
    expect(runs[0]).toEqual(runs[1]);
  });

  it('removes an undone review everywhere and restores the progress before it', () => {
    const { a, b } = twoDevicesStudying();
    const beforeSession = progressView(a)[projectByTitle(a, 'Build Git').key];
    let shared = syncDevice(a, emptySyncState(), T0 + 3 * DAY);
    shared = mergeSyncStates(shared, syncDevice(b, shared, T0 + 3 * DAY));
    study(a, 'Build Git', T0 + 4 * DAY, { rating: 'easy' });
    shared = mergeSyncStates(shared, syncDevice(a, shared, T0 + 4 * DAY + 1));
    syncDevice(b, shared, T0 + 4 * DAY + 2);
    expect(historyView(b)).toHaveLength(4);

    undoLatest(a);
    shared = mergeSyncStates(shared, syncDevice(a, shared, T0 + 4 * DAY + 3));
    syncDevice(b, shared, T0 + 4 * DAY + 4);

    expect(historyView(b)).toHaveLength(3);
    expect(historyView(a)).toEqual(historyView(b));
    const key = projectByTitle(a, 'Build Git').key;
    expect(progressView(b)[key]).toEqual(progressView(a)[key]);
    expect(progressView(b)[key]?.builtMinutes).toBe(beforeSession?.builtMinutes);
    expect(progressView(b)[key]?.card?.reps).toBe(1);
  });

  it('lets a newer remote value win over a device that has no baseline', () => {
    const a = importedDevice('devA');
    let shared = syncDevice(a, emptySyncState(), T0);
    setEstimate(a, 'Build Git', 600);
    shared = syncDevice(a, shared, T0 + DAY);

    // A restored device, with an older estimate of its own and no baseline.
    const restored = importedDevice('devR', T0 - YEAR);
    setEstimate(restored, 'Build Git', 300);
    shared = mergeSyncStates(shared, syncDevice(restored, shared, T0 + 2 * DAY));
    syncDevice(a, shared, T0 + 2 * DAY + 1);

    expect(projectByTitle(restored, 'Build Git').estimateMinutes).toBe(600);
    expect(projectByTitle(a, 'Build Git').estimateMinutes).toBe(600);
  });

  it.each([
    ['devA', 'devZ'],
    ['devZ', 'devA'],
  ])(
    'keeps what sync holds when %s, then %s, both without a baseline, set an estimate',
    (first, second) => {
      const a = importedDevice(first);
      setEstimate(a, 'Build Git', 600);
      const shared = syncDevice(a, emptySyncState(), T0);
      const b = importedDevice(second);
      setEstimate(b, 'Build Git', 300);
      syncDevice(b, shared, T0 + DAY);
      expect(projectByTitle(b, 'Build Git').estimateMinutes).toBe(600);
    },
  );

  it.each([
    ['detached', false],
    ['detached and attached again', true],
  ])('syncs a page %s on another device', (_, again) => {
    const a = importedDevice('devA');
    const b = importedDevice('devB');
    let shared = syncDevice(a, emptySyncState(), T0);
    attach(a, 'Docker', 'https://docs.docker.com/get-started/', T0 + 1);
    shared = syncDevice(a, shared, T0 + 2);
    shared = mergeSyncStates(shared, syncDevice(b, shared, T0 + 3));
    expect(b.rows.resources.map((r) => r.url)).toEqual(['https://docs.docker.com/get-started/']);

    detach(b, 'https://docs.docker.com/get-started/');
    shared = mergeSyncStates(shared, syncDevice(b, shared, T0 + 4));
    syncDevice(a, shared, T0 + 5);
    expect(a.rows.resources).toEqual([]);
    if (again) {
      attach(a, 'Docker', 'https://docs.docker.com/get-started', T0 + 5);
      shared = mergeSyncStates(shared, syncDevice(a, shared, T0 + 6));
    }
    syncDevice(a, shared, T0 + 7);
    syncDevice(b, shared, T0 + 8);

    const expected = again ? ['https://docs.docker.com/get-started'] : [];
    expect(a.rows.resources.map((r) => r.url)).toEqual(expected);
    expect(b.rows.resources.map((r) => r.url)).toEqual(expected);
  });

  it('does not let a device whose clock runs a year ahead win later changes forever', () => {
    const a = importedDevice('devA');
    const ahead = importedDevice('devF');
    let shared = syncDevice(a, emptySyncState(), T0);
    shared = mergeSyncStates(shared, syncDevice(ahead, shared, T0 + YEAR));
    setEstimate(ahead, 'Docker', 120);
    shared = mergeSyncStates(shared, syncDevice(ahead, shared, T0 + YEAR + 1));
    study(ahead, 'Docker', T0 + YEAR + 2, { minutes: 30 });
    shared = mergeSyncStates(shared, syncDevice(ahead, shared, T0 + YEAR + 3));

    // A, with the right clock, sees that and then changes the estimate: its change is newer.
    syncDevice(a, shared, T0 + 10);
    setEstimate(a, 'Docker', 240);
    shared = mergeSyncStates(shared, syncDevice(a, shared, T0 + 20));
    syncDevice(ahead, shared, T0 + YEAR + 4);

    expect(projectByTitle(ahead, 'Docker').estimateMinutes).toBe(240);
    expect(projectByTitle(a, 'Docker')).toMatchObject({ estimateMinutes: 240, builtMinutes: 30 });
    expect(progressView(a)).toEqual(progressView(ahead));
  });

  it('counts a session once when two devices restored from one backup both log it', () => {
    const original = importedDevice('devA');
    study(original, 'Docker', T0 + 1, { minutes: 30 });
    study(original, 'Docker', T0 + 2, { minutes: 15 });
    const x = newDevice('devX', original.rows);
    const y = newDevice('devY', original.rows);
    const merged = mergeSyncStates(
      syncDevice(x, emptySyncState(), T0 + 3),
      syncDevice(y, emptySyncState(), T0 + 4),
    );
    expect(Object.keys(merged.log)).toHaveLength(4);
    syncDevice(x, merged, T0 + 5);
    syncDevice(y, merged, T0 + 6);
    for (const device of [x, y]) {
      expect(projectByTitle(device, 'Docker').builtMinutes).toBe(45);
      expect(historyView(device)).toHaveLength(2);
    }
  });

  it('undoes a session two devices restored from one backup both logged, on both', () => {
    const original = importedDevice('devA');
    study(original, 'Docker', T0 + 1, { minutes: 30 });
    study(original, 'Docker', T0 + 2, { minutes: 15 });
    const x = newDevice('devX', original.rows);
    const y = newDevice('devY', original.rows);
    let shared = mergeSyncStates(
      syncDevice(x, emptySyncState(), T0 + 3),
      syncDevice(y, emptySyncState(), T0 + 4),
    );
    shared = mergeSyncStates(shared, syncDevice(x, shared, T0 + 5));
    undoLatest(x);
    shared = mergeSyncStates(shared, syncDevice(x, shared, T0 + 6));
    syncDevice(y, shared, T0 + 7);
    for (const device of [x, y]) {
      expect(projectByTitle(device, 'Docker').builtMinutes).toBe(30);
      expect(historyView(device)).toHaveLength(1);
    }
  });

  it.each<[string, (state: SyncState, key: string) => SyncState]>([
    [
      'a setting no form would save',
      (state) => ({
        ...state,
        settings: { ...state.settings, reviewMinutes: { value: 5000, stamp: LATE } },
      }),
    ],
    [
      'a target date that is not a day',
      (state) => ({
        ...state,
        targetDates: { 'ml infra ai infra': { value: 'soon', stamp: LATE } },
      }),
    ],
    [
      'a link to a script',
      (state, key) => ({
        ...state,
        outline: state.outline && {
          stamp: LATE,
          value: {
            ...state.outline.value,
            projects: state.outline.value.projects.map((p) =>
              p.key === key
                ? { ...p, title: 'Hacked', links: [{ url: 'javascript:alert(1)', label: 'x' }] }
                : p,
            ),
          },
        },
      }),
    ],
    [
      'an estimate beyond any project',
      (state, key) => ({
        ...state,
        projects: { ...state.projects, [key]: { estimateMinutes: { value: -5, stamp: LATE } } },
      }),
    ],
  ])('keeps the local rows over %s', (_, craft) => {
    const a = importedDevice('devA');
    const shared = syncDevice(a, emptySyncState(), T0);
    const before = structuredClone(a.rows);
    syncDevice(a, craft(shared, projectByTitle(a, 'Docker').key), T0 + 1);
    expect(a.rows).toEqual(before);
  });

  it.each<[string, (d: Device, now: number) => void]>(PROJECT_CHANGES)(
    'shows a project %s on the other device just as on this one',
    (_, change) => {
      const a = importedDevice('devA');
      const b = importedDevice('devB');
      let shared = syncDevice(a, emptySyncState(), T0);
      shared = mergeSyncStates(shared, syncDevice(b, shared, T0 + 1));
      change(a, T0 + DAY);
      const local = progressView(a);
      shared = mergeSyncStates(shared, syncDevice(a, shared, T0 + DAY + 1));
      syncDevice(b, shared, T0 + DAY + 2);
      expect(progressView(a)).toEqual(local);
      expect(progressView(b)).toEqual(local);
      const full = (d: Device) =>
        d.rows.projects.map((p) => withoutKeys(p, 'id', 'objectiveId', 'roadmapId'));
      expect(full(b)).toEqual(full(a));
    },
  );

  it.each(PROJECT_CHANGES)(
    'keeps a project %s before this device first synced, and shows it so elsewhere',
    (_, change) => {
      const a = importedDevice('devA');
      change(a, T0 + DAY);
      const local = progressView(a);
      const shared = syncDevice(a, emptySyncState(), T0 + DAY + 1);
      const b = newDevice('devB');
      syncDevice(b, shared, T0 + DAY + 2);
      expect(progressView(a)).toEqual(local);
      expect(progressView(b)).toEqual(local);
    },
  );

  it('counts its sessions once when a device that synced them is restored after a compaction', () => {
    const a = importedDevice('devA');
    let shared = syncDevice(a, emptySyncState(), T0);
    study(a, 'Docker', T0 + DAY, { minutes: 30 });
    study(a, 'PubSub system in Rust', T0 + 2 * DAY, { rating: 'good' });
    shared = syncDevice(a, shared, T0 + 2 * DAY + 1);
    const seen = newestStamp(shared) ?? '';
    shared = { ...shared, devices: { devA: { seen, at: T0 + 2 * DAY + 1 } } };
    shared = compactSyncState(shared, T0 + 400 * DAY);
    expect(shared.log).toEqual({});
    const before = progressView(a);

    // Restored from a backup: the same rows and replica, but no baseline.
    const restored: Device = { ...a, state: shared, baseline: undefined };
    const after = syncDevice(restored, shared, T0 + 400 * DAY + 1);
    expect(after.log).toEqual({});
    expect(progressView(restored)).toEqual(before);
  });

  it('counts older sessions of a device that turns sync on after another compacted', () => {
    const a = importedDevice('devA');
    let shared = syncDevice(a, emptySyncState(), T0);
    study(a, 'Docker', T0 + DAY, { minutes: 30 });
    study(a, 'Docker', T0 + 2 * DAY, { minutes: 20, finished: true });
    study(a, 'PubSub system in Rust', T0 + 3 * DAY, { rating: 'good' });
    shared = syncDevice(a, shared, T0 + 3 * DAY + 1);
    shared = compactSyncState(shared, T0 + 400 * DAY);
    expect(Object.keys(shared.checkpoints).length).toBeGreaterThan(0);
    expect(shared.log).toEqual({});

    // B studied both projects long before, and syncs for the first time: no baseline.
    const b = importedDevice('devB', T0 - YEAR);
    study(b, 'Docker', T0 - YEAR + DAY, { minutes: 45 });
    study(b, 'PubSub system in Rust', T0 - YEAR + 2 * DAY, { rating: 'hard' });
    shared = mergeSyncStates(shared, syncDevice(b, shared, T0 + 400 * DAY + 1));
    syncDevice(a, shared, T0 + 400 * DAY + 2);

    const pubsubKey = projectByTitle(a, 'PubSub system in Rust').key;
    const folded = shared.checkpoints[pubsubKey]?.card;
    expect(folded?.lastReview).toBe(T0 + 3 * DAY);
    for (const device of [a, b]) {
      // The checkpoint, then B's session after it: its minutes count, the phase stays done.
      expect(projectByTitle(device, 'Docker')).toMatchObject({
        builtMinutes: 95,
        phase: 'reviewing',
      });
      // Timed before the card's last review, B's review is scheduled from that last review.
      expect(projectByTitle(device, 'PubSub system in Rust').card).toMatchObject({
        lastReview: folded?.lastReview,
        reps: (folded?.reps ?? 0) + 1,
      });
    }
    expect(progressView(b)).toEqual(progressView(a));
    // Another run finds nothing new to write.
    const settled = JSON.stringify(shared);
    shared = mergeSyncStates(shared, syncDevice(b, shared, T0 + 400 * DAY + 3));
    expect(JSON.stringify(shared)).toBe(settled);
  });

  it('keeps the import’s spread first reviews on every device', () => {
    const a = importedDevice('devA');
    const before = progressView(a);
    const shared = syncDevice(a, emptySyncState(), T0 + 1);
    const b = newDevice('devB');
    syncDevice(b, shared, T0 + 2);
    expect(progressView(a)).toEqual(before);
    expect(progressView(b)).toEqual(before);
  });

  it('brings three devices to the same rows whatever they did and whenever they synced', () => {
    // devB's clock runs a year ahead, devC's three days behind.
    const skews = [0, 365 * DAY, -3 * DAY];
    const titles = ['Build Git', 'Docker', 'Kubernetes'];
    const device = fc.nat(2);
    const project = fc.constantFrom(...titles);
    const operation = fc.oneof(
      fc.record({ op: fc.constant('build' as const), device, project, finished: fc.boolean() }),
      fc.record({ op: fc.constant('review' as const), device, project }),
      { arbitrary: fc.record({ op: fc.constant('undo' as const), device }), weight: 2 },
      fc.record({
        op: fc.constant('estimate' as const),
        device,
        project,
        minutes: fc.integer({ min: 1, max: 900 }),
      }),
      fc.record({ op: fc.constant('attach' as const), device, project, page: fc.nat(3) }),
      fc.record({ op: fc.constant('detach' as const), device, page: fc.nat(3) }),
      { arbitrary: fc.record({ op: fc.constant('sync' as const), device }), weight: 3 },
    );
    const pageUrl = (page: number) => `https://example.org/page/${page}`;
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), fc.boolean(), (operations, fresh) => {
        const devices = [
          importedDevice('devA'),
          importedDevice('devB'),
          fresh ? newDevice('devC') : importedDevice('devC'),
        ];
        let shared: SyncState = emptySyncState();
        let now = T0;
        // Every session studied and not undone: none may be lost, none may come back.
        const sessions = new Set<string>();
        for (const step of operations) {
          now += DAY / 3;
          const d = devices[step.device] as Device;
          const at = now + (skews[step.device] ?? 0);
          const has = (title: string) => d.rows.projects.some((p) => p.title === title);
          if (step.op === 'sync') shared = mergeSyncStates(shared, syncDevice(d, shared, at));
          else if (step.op === 'undo') {
            const latest = [...d.rows.reviews].sort((x, y) => y.at - x.at)[0];
            if (latest) {
              sessions.delete(
                `${d.rows.projects.find((p) => p.id === latest.projectId)?.key}@${latest.at}`,
              );
              undoLatest(d);
            }
          } else if (step.op === 'detach') detach(d, pageUrl(step.page));
          else if (!has(step.project)) continue;
          else if (step.op === 'build') {
            study(d, step.project, at, { minutes: 20, finished: step.finished });
            sessions.add(`${projectByTitle(d, step.project).key}@${at}`);
          } else if (step.op === 'review') {
            const { phase, card } = projectByTitle(d, step.project);
            if (phase !== 'reviewing') continue;
            // The app's own review refuses a card last reviewed after the device's clock.
            if ((card?.lastReview ?? at) > at) continue;
            study(d, step.project, at, { rating: 'good' });
            sessions.add(`${projectByTitle(d, step.project).key}@${at}`);
          } else if (step.op === 'estimate') setEstimate(d, step.project, step.minutes);
          else if (!d.rows.resources.some((r) => r.url === pageUrl(step.page)))
            attach(d, step.project, pageUrl(step.page), at);
        }
        const syncAll = (later: number) => {
          for (const [i, d] of devices.entries())
            shared = mergeSyncStates(shared, syncDevice(d, shared, later + (skews[i] ?? 0)));
        };
        for (let round = 0; round < 2; round++) syncAll((now += 1000));
        const [a, ...others] = devices as [Device, Device, Device];
        const pages = (d: Device) => d.rows.resources.map((r) => r.url).sort();
        for (const other of others) {
          expect(progressView(other)).toEqual(progressView(a));
          expect(historyView(other)).toEqual(historyView(a));
          expect(pages(other)).toEqual(pages(a));
        }
        for (const d of devices) rowsAreStorable(d);
        expect(
          historyView(a)
            .map((r) => `${r.key}@${r.at}`)
            .sort(),
        ).toEqual([...sessions].sort());
        // Once every device has everything, a sync run writes nothing more.
        const settled = JSON.stringify(shared);
        syncAll(now + DAY);
        expect(JSON.stringify(shared)).toBe(settled);
      }),
      { numRuns: 100 },
    );
    // A hundred runs of three devices: more than the default time on a busy machine.
  }, 60_000);
});
