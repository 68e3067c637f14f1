import fc from 'fast-check';
import { newClock, receive, tick } from '../../lib/domain/sync/hlc';
import { compactSyncState } from '../../lib/domain/sync/compact-sync-state';
import {
  emptySyncState,
  mergeSyncStates,
  newestStamp,
} from '../../lib/domain/sync/merge-sync-state';
import { logId, pageId } from '../../lib/domain/sync/sync-ids';
import type { HlcClock, Outline, SyncState } from '../../lib/domain/sync/sync-state';

/** Few keys and values, so devices often write the same field or page. */
export const PROJECT_KEYS = ['build git', 'write a compiler', 'x1y2z3w4'];
export const OBJECTIVE_KEYS = ['systems', 'languages'];
export const PAGE_URLS = [
  'https://example.com/a',
  'https://example.org/b?x=1',
  'https://git-scm.com/book',
];
export const DEVICES = ['laptop', 'desktop', 'phone-3'];
const DAY = 86_400_000;
export const START = Date.UTC(2026, 0, 5, 8);

/** One thing a simulated device does. */
export type SyncOp =
  | { type: 'setting'; device: number; minutes: number }
  | { type: 'project'; device: number; key: number; estimate: number | null }
  | { type: 'phase'; device: number; key: number; phase: 'queued' | 'building' | 'reviewing' }
  | { type: 'order'; device: number; reversed: boolean }
  | { type: 'targetDate'; device: number; objective: number; date: string | null }
  | { type: 'outline'; device: number; title: string }
  | { type: 'session'; device: number; key: number; minutes: number; review: boolean }
  | { type: 'undo'; device: number; pick: number }
  | { type: 'attach'; device: number; key: number; url: number; title: string }
  | { type: 'detach'; device: number; pick: number }
  | { type: 'sync'; device: number; from: number }
  | { type: 'compact'; device: number }
  | { type: 'replace'; device: number };

const device = fc.nat({ max: DEVICES.length - 1 });
const key = fc.nat({ max: PROJECT_KEYS.length - 1 });

export const syncOpArbitrary: fc.Arbitrary<SyncOp> = fc.oneof(
  fc.record({
    type: fc.constant('setting' as const),
    device,
    minutes: fc.integer({ min: 5, max: 60 }),
  }),
  fc.record({
    type: fc.constant('project' as const),
    device,
    key,
    estimate: fc.option(fc.integer({ min: 30, max: 6000 }), { nil: null }),
  }),
  fc.record({
    type: fc.constant('phase' as const),
    device,
    key,
    phase: fc.constantFrom('queued' as const, 'building' as const, 'reviewing' as const),
  }),
  fc.record({ type: fc.constant('order' as const), device, reversed: fc.boolean() }),
  fc.record({
    type: fc.constant('targetDate' as const),
    device,
    objective: fc.nat({ max: OBJECTIVE_KEYS.length - 1 }),
    date: fc.option(fc.constantFrom('2026-03-01', '2026-06-30'), { nil: null }),
  }),
  fc.record({
    type: fc.constant('outline' as const),
    device,
    title: fc.constantFrom('Roadmap', 'Plan'),
  }),
  {
    arbitrary: fc.record({
      type: fc.constant('session' as const),
      device,
      key,
      minutes: fc.integer({ min: 5, max: 120 }),
      review: fc.boolean(),
    }),
    weight: 6,
  },
  fc.record({ type: fc.constant('undo' as const), device, pick: fc.nat() }),
  fc.record({
    type: fc.constant('attach' as const),
    device,
    key,
    url: fc.nat({ max: PAGE_URLS.length - 1 }),
    title: fc.constantFrom('Pro Git', 'Notes', 'Éléments'),
  }),
  fc.record({ type: fc.constant('detach' as const), device, pick: fc.nat() }),
  { arbitrary: fc.record({ type: fc.constant('sync' as const), device, from: device }), weight: 6 },
  { arbitrary: fc.record({ type: fc.constant('compact' as const), device }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constant('replace' as const), device }), weight: 1 },
);

interface SimDevice {
  clock: HlcClock;
  state: SyncState;
  /** How far this device's clock is off, so one may run a year ahead. */
  skew: number;
}

/**
 * Runs operations on simulated devices, each with its own clock (one of them far ahead) and
 * replica, syncing only when an operation says so; returns every device's replica.
 */
export function runSyncOps(ops: SyncOp[], skews: number[] = [0, 365 * DAY, -3 * DAY]): SyncState[] {
  const devices: SimDevice[] = DEVICES.map((id, index) => ({
    clock: newClock(id),
    state: emptySyncState(),
    skew: skews[index] ?? 0,
  }));
  let time = START;
  for (const op of ops) {
    time += DAY / 2;
    const sim = devices[op.device]!;
    const now = time + sim.skew;
    const stamp = () => {
      const next = tick(sim.clock, now);
      sim.clock = next.clock;
      return next.stamp;
    };
    // Replicas may share objects after a merge: every change builds a fresh top level.
    const state = { ...sim.state };
    sim.state = state;
    switch (op.type) {
      case 'setting':
        state.settings = {
          ...state.settings,
          reviewMinutes: { value: op.minutes, stamp: stamp() },
        };
        break;
      case 'project': {
        const projectKey = PROJECT_KEYS[op.key]!;
        state.projects = {
          ...state.projects,
          [projectKey]: {
            ...state.projects[projectKey],
            estimateMinutes: { value: op.estimate, stamp: stamp() },
          },
        };
        break;
      }
      case 'phase': {
        const projectKey = PROJECT_KEYS[op.key]!;
        state.projects = {
          ...state.projects,
          [projectKey]: {
            ...state.projects[projectKey],
            phase: { value: op.phase, stamp: stamp() },
          },
        };
        break;
      }
      case 'order':
        state.objectiveOrder = {
          value: op.reversed ? [...OBJECTIVE_KEYS].reverse() : [...OBJECTIVE_KEYS],
          stamp: stamp(),
        };
        break;
      case 'targetDate':
        state.targetDates = {
          ...state.targetDates,
          [OBJECTIVE_KEYS[op.objective]!]: { value: op.date, stamp: stamp() },
        };
        break;
      case 'outline':
        state.outline = { value: exampleOutline(op.title), stamp: stamp() };
        break;
      case 'session': {
        const projectKey = PROJECT_KEYS[op.key]!;
        const at = now;
        const entry = {
          projectKey,
          at,
          device: sim.clock.device,
          stamp: stamp(),
          kind: op.review ? ('review' as const) : ('build' as const),
          minutes: op.minutes,
          note: '',
          ...(op.review ? { rating: 'good' as const } : { childrenDone: [], finished: false }),
        };
        state.log = { ...state.log, [logId(projectKey, at, sim.clock.device)]: entry };
        break;
      }
      case 'undo': {
        const ids = Object.keys(state.log).filter((id) => !('deleted' in state.log[id]!));
        const id = ids[op.pick % Math.max(ids.length, 1)];
        if (id !== undefined) state.log = { ...state.log, [id]: { deleted: true, stamp: stamp() } };
        break;
      }
      case 'attach': {
        const projectKey = PROJECT_KEYS[op.key]!;
        const url = PAGE_URLS[op.url]!;
        state.pages = {
          ...state.pages,
          [pageId(projectKey, url)]: {
            value: {
              projectKey,
              url,
              title: op.title,
              kind: 'docs',
              attachedAt: now,
              via: 'popup',
            },
            stamp: stamp(),
          },
        };
        break;
      }
      case 'detach': {
        const ids = Object.keys(state.pages).filter((id) => !('deleted' in state.pages[id]!));
        const id = ids[op.pick % Math.max(ids.length, 1)];
        if (id !== undefined)
          state.pages = { ...state.pages, [id]: { deleted: true, stamp: stamp() } };
        break;
      }
      case 'sync': {
        const merged = mergeSyncStates(state, devices[op.from]!.state);
        const seen = newestStamp(merged);
        if (seen) sim.clock = receive(sim.clock, seen, now);
        sim.state = seen
          ? mergeSyncStates(merged, {
              ...emptySyncState(),
              epoch: merged.epoch,
              devices: { [sim.clock.device]: { seen, at: now } },
            })
          : merged;
        break;
      }
      case 'compact':
        sim.state = compactSyncState(state, now);
        break;
      case 'replace':
        sim.state = { ...state, epoch: { value: `restore-${op.device}-${now}`, stamp: stamp() } };
        break;
    }
  }
  return devices.map((sim) => sim.state);
}

function exampleOutline(title: string): Outline {
  return {
    title,
    objectives: OBJECTIVE_KEYS.map((key, order) => ({ key, title: key, order })),
    projects: PROJECT_KEYS.map((key, order) => ({
      key,
      objectiveKey: OBJECTIVE_KEYS[order % OBJECTIVE_KEYS.length]!,
      title: key,
      order,
      links: [{ url: 'https://example.com/guide', label: 'Guide' }],
      children: ['read', 'write'],
    })),
  };
}

/** Three replicas of one simulated history, with the devices' clocks off by `skews` ms. */
export function syncStatesOf(skews?: number[]): fc.Arbitrary<SyncState[]> {
  return fc
    .array(syncOpArbitrary, { minLength: 10, maxLength: 60 })
    .map((ops) => runSyncOps(ops, skews));
}

/** Three replicas of one simulated history, one device's clock a year ahead: what merge tests combine. */
export const syncStatesArbitrary: fc.Arbitrary<SyncState[]> = syncStatesOf();

/**
 * A large state written by one device, deterministic: `sessions` log entries spread over
 * `projects` projects, one a day per project from START, and `pages` attached pages.
 */
export function bigSyncState(input: {
  device: string;
  sessions: number;
  pages: number;
  projects?: number;
  /** Added to every time, so two devices' sessions do not share ids. */
  offset?: number;
  /** Every session a review, instead of one in three. */
  reviewsOnly?: boolean;
}): SyncState {
  const { device, offset = 0 } = input;
  const projects = input.projects ?? 50;
  const state = emptySyncState();
  let clock = newClock(device);
  const stamp = (now: number) => {
    const next = tick(clock, now);
    clock = next.clock;
    return next.stamp;
  };
  for (let i = 0; i < input.sessions; i++) {
    const projectKey = `project ${i % projects}`;
    const at = START + offset + Math.floor(i / projects) * DAY + (i % projects) * 60_000;
    const review = input.reviewsOnly === true || i % 3 === 2;
    state.log[logId(projectKey, at, device)] = {
      projectKey,
      at,
      device,
      stamp: stamp(at),
      kind: review ? 'review' : 'build',
      minutes: 30,
      note: i % 10 === 0 ? `Read chapter ${i}` : '',
      ...(review ? { rating: 'good' as const } : { childrenDone: [], finished: false }),
    };
  }
  for (let i = 0; i < input.pages; i++) {
    const projectKey = `project ${i % projects}`;
    const url = `https://example.com/articles/${device}/${i}`;
    const attachedAt = START + offset + i * 60_000;
    state.pages[pageId(projectKey, url)] = {
      value: { projectKey, url, title: `Article ${i}`, kind: 'article', attachedAt, via: 'popup' },
      stamp: stamp(attachedAt),
    };
  }
  return state;
}
