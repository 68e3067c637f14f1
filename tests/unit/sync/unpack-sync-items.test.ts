import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatStamp, isStamp } from '../../../lib/domain/sync/hlc';
import { emptySyncState } from '../../../lib/domain/sync/merge-sync-state';
import { packSyncState } from '../../../lib/domain/sync/pack-sync-state';
import { logId, pageId } from '../../../lib/domain/sync/sync-ids';
import type { SyncState } from '../../../lib/domain/sync/sync-state';
import { unpackSyncItems } from '../../../lib/domain/sync/unpack-sync-items';
import { syncStatesArbitrary } from '../../support/sync-arbitraries';

const T = Date.UTC(2026, 3, 1, 9);
const s = (ms: number, device = 'laptop') => formatStamp(T + ms, 0, device);
const card = {
  due: T + 86_400_000,
  stability: 3.1,
  difficulty: 5.2,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2 as const,
  lastReview: T,
};

/** A state with one of everything, as two devices wrote it. */
const base: SyncState = {
  ...emptySyncState(),
  epoch: { value: 'restored on the laptop', stamp: s(0) },
  settings: {
    reviewMinutes: { value: 25, stamp: s(1) },
    minutesPerWeekday: { value: [0, 60, 60, 60, 60, 60, 90], stamp: s(2, 'desktop') },
    breaks: { value: [{ from: '2026-08-01', to: '2026-08-14' }], stamp: s(3) },
  },
  objectiveOrder: { value: ['systems', 'languages'], stamp: s(4) },
  targetDates: {
    systems: { value: '2026-09-01', stamp: s(5) },
    languages: { value: null, stamp: s(6) },
  },
  outline: {
    value: {
      title: 'My roadmap',
      objectives: [{ key: 'systems', title: 'Systems', order: 0 }],
      projects: [
        {
          key: 'build git',
          objectiveKey: 'systems',
          title: 'Build Git',
          order: 0,
          links: [{ url: 'https://git-scm.com/book', label: 'Pro Git' }],
          children: ['objects', 'refs'],
        },
      ],
    },
    stamp: s(7),
  },
  projects: {
    'build git': {
      estimateMinutes: { value: 600, stamp: s(8) },
      card: { value: card, stamp: s(9, 'desktop') },
      notBefore: { value: null, stamp: s(10) },
      childrenDone: { value: ['objects'], stamp: s(11) },
    },
  },
  checkpoints: {
    'build git': {
      projectKey: 'build git',
      upTo: s(12),
      builtMinutes: 90,
      childrenDone: ['objects'],
      phase: 'reviewing',
      sessions: 3,
      card,
    },
  },
  log: {
    [logId('build git', T + 100, 'laptop')]: {
      projectKey: 'build git',
      at: T + 100,
      device: 'laptop',
      stamp: s(100),
      kind: 'review',
      rating: 'hard',
      minutes: 20,
      note: 'Packfiles, again ✓',
    },
    [logId('build git', T + 200, 'desktop')]: { deleted: true, stamp: s(300, 'desktop') },
    [logId('write a compiler', T + 50, 'desktop')]: {
      projectKey: 'write a compiler',
      at: T + 50,
      device: 'desktop',
      stamp: s(50, 'desktop'),
      kind: 'build',
      minutes: 45,
      note: '',
      childrenDone: ['lexer'],
      finished: false,
    },
  },
  pages: {
    [pageId('build git', 'https://git-scm.com/book')]: {
      value: {
        projectKey: 'build git',
        url: 'https://git-scm.com/book',
        title: 'Pro Git',
        kind: 'docs',
        attachedAt: T,
        via: 'context-menu',
      },
      stamp: s(13),
    },
    [pageId('build git', 'https://example.com/docs')]: {
      value: {
        projectKey: 'build git',
        url: 'https://example.com/docs/#intro',
        title: 'Docs',
        kind: 'docs',
        attachedAt: T,
        via: 'popup',
      },
      stamp: s(14),
    },
    [pageId('build git', 'https://example.com/old')]: { deleted: true, stamp: s(15) },
  },
  devices: {
    laptop: { seen: s(300, 'desktop'), at: T + 400 },
    desktop: { seen: s(300, 'desktop'), at: T + 300 },
  },
};

/** Packed items as read back, loosely typed so tests can tamper with any field. */
type Item = Record<string, unknown> & { e: unknown[][] };
type Items = Record<string, Item>;

const packed = () => JSON.parse(JSON.stringify(packSyncState(base).items)) as Items;
const keyOf = (items: Record<string, unknown>, prefix: string) =>
  Object.keys(items).find((key) => key.startsWith(prefix)) ?? prefix;
const itemAt = (items: Items, prefix: string): Item => {
  const item = items[keyOf(items, prefix)];
  if (!item) throw new Error(`no item ${prefix}`);
  return item;
};
/** The packed log entry or page whose fields include `marker`. */
function entryWith(items: Items, prefix: string, marker: unknown) {
  for (const key of Object.keys(items).filter((k) => k.startsWith(prefix))) {
    const entry = items[key]!.e.find((e) => e.includes(marker));
    if (entry) return { key, entry };
  }
  throw new Error(`no entry with ${String(marker)}`);
}

describe('unpackSyncItems', () => {
  it('reads back what pack wrote', () => {
    expect(unpackSyncItems(packed())).toEqual({ state: base, problems: [] });
  });

  it.each<[string, (items: Items) => void, (state: SyncState) => boolean, RegExp | null]>([
    [
      'ignores keys that are not its own',
      (items) =>
        Object.assign(items, {
          theme: 'dark',
          '2:l1': { e: [] },
          '1:l999': {},
          '1:zz': 1,
          '1:o.0': {},
        }),
      (state) => Object.keys(state.log).length === 3,
      null,
    ],
    [
      'drops an item that is not an object',
      (items) => ((items as Record<string, unknown>)[keyOf(items, '1:s')] = 'settings'),
      (state) => Object.keys(state.settings).length === 0 && Object.keys(state.log).length === 3,
      /“1:s”/,
    ],
    [
      'drops a session with a crafted stamp',
      (items) => (entryWith(items, '1:l', 'Packfiles, again ✓').entry[3] = 'zzzzzzzzzzzz.0.0'),
      (state) => Object.keys(state.log).length === 2,
      /“1:l\d+”: 1 of/,
    ],
    [
      'drops a session whose note is too long',
      (items) => (entryWith(items, '1:l', 'Packfiles, again ✓').entry[6] = 'x'.repeat(5_000)),
      (state) => Object.keys(state.log).length === 2,
      /“1:l\d+”/,
    ],
    [
      'drops a session with an unknown rating',
      (items) => (entryWith(items, '1:l', 'Packfiles, again ✓').entry[4] = 'z'),
      (state) => Object.keys(state.log).length === 2,
      /“1:l\d+”/,
    ],
    [
      'drops a page whose address is a script',
      (items) => (entryWith(items, '1:a', 'Pro Git').entry[1] = 'javascript:alert(1)'),
      (state) => Object.keys(state.pages).length === 2,
      /“1:a\d+”/,
    ],
    [
      'drops a page whose address is a browser page',
      (items) => (entryWith(items, '1:a', 'Pro Git').entry[1] = 'chrome://settings'),
      (state) => Object.keys(state.pages).length === 2,
      /“1:a\d+”/,
    ],
    [
      'drops a page of an unknown kind',
      (items) => (entryWith(items, '1:a', 'Pro Git').entry[3] = 'malware'),
      (state) => Object.keys(state.pages).length === 2,
      /“1:a\d+”/,
    ],
    [
      'drops a setting that validateSettings refuses',
      (items) => {
        const settings = itemAt(items, '1:s').e as unknown[][];
        settings.find((e) => e[1] === 'minutesPerWeekday')![2] = [0, 0, 0, 0, 0, 0, 0];
      },
      (state) =>
        state.settings.minutesPerWeekday === undefined &&
        state.settings.reviewMinutes?.value === 25,
      /minutesPerWeekday/,
    ],
    [
      'drops a setting of a field it does not know',
      (items) => (itemAt(items, '1:s').e as unknown[][]).push(['f', '__proto__', 1, '0.0.0']),
      (state) =>
        Object.keys(state.settings).length === 3 && !Object.hasOwn(state.settings, '__proto__'),
      /“1:s”: 1 of/,
    ],
    [
      'drops an item whose key table holds a line break',
      (items) => (itemAt(items, '1:p').k = ['build\ngit']),
      (state) => Object.keys(state.projects).length === 0,
      /“1:p\d+” was left out/,
    ],
    [
      'drops an item whose device table names no device',
      (items) => (itemAt(items, '1:c').d = ['../../etc']),
      (state) => Object.keys(state.checkpoints).length === 0,
      /“1:c\d+” was left out/,
    ],
    [
      'drops a card with a negative stability',
      (items) => ((itemAt(items, '1:c').e as unknown[][])[0]![6] = [T, -1, 5, 0, 1, 0, 1, 0, 2]),
      (state) => Object.keys(state.checkpoints).length === 0,
      /“1:c\d+”: 1 of/,
    ],
    [
      'drops the outline when a part is missing',
      (items) => (itemAt(items, '1:o').n = 2),
      (state) => state.outline === undefined,
      /outline/,
    ],
    [
      'drops an outline link that an import would refuse',
      (items) => ((itemAt(items, '1:o').e as unknown[][])[1]![5] = [['javascript:alert(1)', 'x']]),
      (state) => state.outline !== undefined && state.outline.value.projects.length === 0,
      /outline: 1 entries/,
    ],
    [
      'drops items written before a replace everywhere',
      (items) => (itemAt(items, '1:l').x = 'deadbeef'),
      (state) => Object.keys(state.log).length < 3,
      /before a “replace everywhere”/,
    ],
    [
      'reads nothing when the epoch is not sound',
      (items) => ((itemAt(items, '1:m').e as unknown[][])[0]![2] = '1ekfvbnk0000.0.0'),
      (state) => Object.keys(state.log).length === 0 && Object.keys(state.settings).length === 0,
      /“1:m”/,
    ],
  ])('%s', (_name, tamper, holds, problem) => {
    const items = packed();
    tamper(items);
    const { state, problems } = unpackSyncItems(items);
    expect(holds(state)).toBe(true);
    if (problem) expect(problems.some((p) => problem.test(p))).toBe(true);
    else expect(problems).toEqual([]);
  });

  const validStamps = (state: SyncState) =>
    [
      ...Object.values(state.log),
      ...Object.values(state.pages),
      ...Object.values(state.settings),
      ...Object.values(state.projects).flatMap((fields) => Object.values(fields)),
    ].every((version) => isStamp(version.stamp));

  it('never throws on arbitrary JSON, under its own keys or others', () => {
    const key = fc.constantFrom(
      '1:m',
      '1:s',
      '1:o',
      '1:o.1',
      '1:p3',
      '1:c0',
      '1:l7',
      '1:a12',
      'other',
    );
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue()), fc.jsonValue(), (items, junk) => {
        for (const input of [items, junk]) {
          const { state } = unpackSyncItems(input as Record<string, unknown>);
          expect(validStamps(state)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when parts of real items are replaced with arbitrary JSON', () => {
    fc.assert(
      fc.property(
        syncStatesArbitrary,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.jsonValue())),
        (states, edits) => {
          const items = JSON.parse(JSON.stringify(packSyncState(states[0]!).items)) as Items;
          const keys = Object.keys(items);
          for (const [which, where, value] of edits) {
            const item = items[keys[which % keys.length]!];
            const entries = item?.e as unknown[][] | undefined;
            const entry = entries?.[where % Math.max(entries.length, 1)];
            if (Array.isArray(entry)) entry[where % Math.max(entry.length, 1)] = value;
            else if (item) item[['x', 'd', 'k', 'e', 'n', 's', 't'][where % 7]!] = value;
          }
          const { state } = unpackSyncItems(items);
          expect(validStamps(state)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
