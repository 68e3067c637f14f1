import { describe, expect, it } from 'vitest';
import { withoutKeys } from '../../../lib/domain/optional-keys';
import { MAX_PAGE_NOTE_LENGTH } from '../../../lib/domain/reading/page-note';
import { formatStamp } from '../../../lib/domain/sync/hlc';
import { emptySyncState, mergeSyncStates } from '../../../lib/domain/sync/merge-sync-state';
import { packSyncState } from '../../../lib/domain/sync/pack-sync-state';
import { pageId } from '../../../lib/domain/sync/sync-ids';
import type { SyncedPage, SyncState } from '../../../lib/domain/sync/sync-state';
import { unpackSyncItems } from '../../../lib/domain/sync/unpack-sync-items';
import type { Device } from './sync-devices';
import { attach, importedDevice, syncDevice, T0 } from './sync-devices';

const URL = 'https://git-scm.com/book';

function markPage(device: Device, fields: { readAt?: number; note?: string }) {
  device.rows = {
    ...device.rows,
    resources: device.rows.resources.map((r) => {
      return r.url === URL ? { ...withoutKeys(r, 'readAt', 'note'), ...fields } : r;
    }),
  };
}

const pageOn = (device: Device) => device.rows.resources.find((r) => r.url === URL);

describe('read state and notes in sync', () => {
  it('a page marked read with a note on one device is read on the other, and back', () => {
    const a = importedDevice('devA');
    const b = importedDevice('devB');
    let shared = syncDevice(a, emptySyncState(), T0);
    attach(a, 'Build Git', URL, T0 + 1);
    shared = syncDevice(a, shared, T0 + 2);
    shared = mergeSyncStates(shared, syncDevice(b, shared, T0 + 3));
    expect(pageOn(b)?.readAt).toBeUndefined();

    markPage(a, { readAt: T0 + 4, note: 'up to chapter 10' });
    shared = mergeSyncStates(shared, syncDevice(a, shared, T0 + 5));
    syncDevice(b, shared, T0 + 6);
    expect(pageOn(b)).toMatchObject({ readAt: T0 + 4, note: 'up to chapter 10' });

    // Put back to read on the other device: the first one follows.
    markPage(b, {});
    shared = mergeSyncStates(shared, syncDevice(b, shared, T0 + 7));
    syncDevice(a, shared, T0 + 8);
    expect(Object.hasOwn(pageOn(a)!, 'readAt')).toBe(false);
    expect(Object.hasOwn(pageOn(a)!, 'note')).toBe(false);
  });
});

const T = Date.UTC(2026, 3, 1, 9);
const page = (fields: Partial<SyncedPage>): SyncedPage => ({
  projectKey: 'build git',
  url: URL,
  title: 'Pro Git',
  kind: 'docs',
  attachedAt: T,
  via: 'popup',
  ...fields,
});
const stateWith = (value: SyncedPage, address = URL): SyncState => ({
  ...emptySyncState(),
  pages: { [pageId('build git', address)]: { value, stamp: formatStamp(T, 0, 'laptop') } },
});
/** The packed page entry, as the browser would hand it back. */
function packedPage(state: SyncState) {
  const items = JSON.parse(JSON.stringify(packSyncState(state).items)) as Record<
    string,
    { e: unknown[][] }
  >;
  const key = Object.keys(items).find((k) => k.startsWith('1:a'))!;
  return { items, entry: items[key]!.e[0]! };
}

describe('packing a page’s read state and note', () => {
  it.each<[string, Partial<SyncedPage>, string?]>([
    ['to read', {}],
    ['read', { readAt: T + 1 }],
    ['with a note', { note: 'chapter 10 left' }],
    [
      'read, with a note, under another address',
      { readAt: T, note: 'x' },
      'https://git-scm.com/book/',
    ],
  ])('gives back a page %s', (_, fields, address) => {
    const state = stateWith(page(fields), address);
    const back = unpackSyncItems(packedPage(state).items);
    expect(back.problems).toEqual([]);
    expect(back.state.pages).toEqual(state.pages);
  });

  it.each<[string, (entry: unknown[]) => void]>([
    ['a read time before 1970', (e) => (e[8] = -1)],
    ['a read time that is text', (e) => (e[8] = String(T))],
    ['a note on two lines', (e) => (e[9] = 'one\ntwo')],
    ['a note past the cap', (e) => (e[9] = 'x'.repeat(MAX_PAGE_NOTE_LENGTH + 1))],
    ['a blank note', (e) => (e[9] = '')],
    ['neither a read time nor a note', (e) => ((e[8] = null), (e[9] = null))],
    ['one field too many', (e) => e.push(1)],
    ['one field short', (e) => e.pop()],
  ])('refuses a page with %s', (_, tamper) => {
    const { items, entry } = packedPage(stateWith(page({ readAt: T, note: 'ok' })));
    expect(entry).toHaveLength(10);
    tamper(entry);
    const back = unpackSyncItems(items);
    expect(back.state.pages).toEqual({});
    expect(back.problems).not.toEqual([]);
  });
});
