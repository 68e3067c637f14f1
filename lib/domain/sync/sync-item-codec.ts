import { isPageNote } from '../reading/page-note';
import { between, time, whole } from '../rows/row-checks';
import type { MemoryCard } from '../types';
import { formatStamp, isDeviceId, MAX_COUNTER, MAX_WALL, parseStamp } from './hlc';
import { MAX_SYNC_DEVICES, MAX_SYNC_KEY_LENGTH } from './sync-limits';
import type { Stamp, SyncedPage } from './sync-state';

/**
 * The device ids and project keys an item names, each listed once in the item and referred to
 * by index: a stamp then costs a dozen bytes instead of sixty. Every item has its own tables, so
 * an item can be read without any other (the browser may deliver items one by one).
 */
export interface ItemTables {
  devices: string[];
  keys: string[];
  deviceIndex: Map<string, number>;
  keyIndex: Map<string, number>;
}

export function newTables(): ItemTables {
  return { devices: [], keys: [], deviceIndex: new Map(), keyIndex: new Map() };
}

export function deviceRef(tables: ItemTables, device: string): number {
  return intern(tables.devices, tables.deviceIndex, device);
}

export function keyRef(tables: ItemTables, key: string): number {
  return intern(tables.keys, tables.keyIndex, key);
}

/** `<wall>.<counter>.<device index>`, the numbers in base 36. */
export function encodeStamp(tables: ItemTables, stamp: Stamp): string {
  const parsed = parseStamp(stamp);
  if (!parsed) throw new Error('Only valid stamps are packed');
  const device = deviceRef(tables, parsed.device);
  return `${parsed.wall.toString(36)}.${parsed.counter.toString(36)}.${device.toString(36)}`;
}

/** The tables of an item as read from sync storage, or a reason they are not sound. */
export function readTables(
  devices: unknown,
  keys: unknown,
): { devices: string[]; keys: string[] } | string {
  const deviceList = devices ?? [];
  const keyList = keys ?? [];
  if (!Array.isArray(deviceList) || deviceList.length > MAX_SYNC_DEVICES * 4)
    return 'its device list is not sound';
  if (!deviceList.every(isDeviceId)) return 'it names a device id that is not sound';
  if (!Array.isArray(keyList) || keyList.length > 10_000) return 'its key list is not sound';
  if (!keyList.every(isSyncKey)) return 'it names a project key that is not sound';
  return { devices: deviceList, keys: keyList };
}

export function decodeStamp(devices: string[], value: unknown): Stamp | undefined {
  if (typeof value !== 'string' || value.length > 30) return undefined;
  const parts = value.split('.');
  if (parts.length !== 3) return undefined;
  const [wall, counter, device] = parts.map(readBase36) as [number, number, number];
  if (wall > MAX_WALL || counter > MAX_COUNTER || device < 0) return undefined;
  const id = devices[device];
  if (id === undefined) return undefined;
  const stamp = formatStamp(wall, counter, id);
  return parseStamp(stamp) ? stamp : undefined;
}

export function decodeRef(table: string[], value: unknown): string | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? table[value]
    : undefined;
}

/** A key of a project or objective: plain text, not too long, no line breaks (ids join keys with them). */
export function isSyncKey(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_SYNC_KEY_LENGTH &&
    !value.includes('\n') &&
    value !== '__proto__'
  );
}

export function encodeCard(card: MemoryCard): number[] {
  const fields = [
    card.due,
    card.stability,
    card.difficulty,
    card.elapsedDays,
    card.scheduledDays,
    card.learningSteps,
    card.reps,
    card.lapses,
    card.state,
  ];
  return card.lastReview === undefined ? fields : [...fields, card.lastReview];
}

const nonNegative = between(0, Number.MAX_SAFE_INTEGER);
const count = whole(0, Number.MAX_SAFE_INTEGER);

export function decodeCard(value: unknown): MemoryCard | undefined {
  if (!Array.isArray(value) || (value.length !== 9 && value.length !== 10)) return undefined;
  const [
    due,
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview,
  ] = value as unknown[];
  const row = {};
  const sound =
    time(due, row) &&
    [stability, difficulty, elapsedDays, scheduledDays].every((v) => nonNegative(v, row)) &&
    [learningSteps, reps, lapses].every((v) => count(v, row)) &&
    (state === 0 || state === 1 || state === 2 || state === 3) &&
    (value.length === 9 || time(lastReview, row));
  if (!sound) return undefined;
  const card: MemoryCard = {
    due: due as number,
    stability: stability as number,
    difficulty: difficulty as number,
    elapsedDays: elapsedDays as number,
    scheduledDays: scheduledDays as number,
    learningSteps: learningSteps as number,
    reps: reps as number,
    lapses: lapses as number,
    state,
  };
  if (value.length === 10) card.lastReview = lastReview as number;
  return card;
}

/** A page's read time and note, when it has either; a page still to read without a note has none. */
export function encodeReading(page: Pick<SyncedPage, 'readAt' | 'note'>) {
  if (page.readAt === undefined && page.note === undefined) return undefined;
  return [page.readAt ?? null, page.note ?? null];
}

/** What encodeReading wrote, held to the row rules; undefined when it is not sound. */
export function decodeReading(
  readAt: unknown,
  note: unknown,
): Pick<SyncedPage, 'readAt' | 'note'> | undefined {
  if (readAt === null && note === null) return undefined;
  if (readAt !== null && !time(readAt, {})) return undefined;
  if (note !== null && !isPageNote(note)) return undefined;
  return {
    ...(readAt === null ? {} : { readAt: readAt as number }),
    ...(note === null ? {} : { note: note as string }),
  };
}

function intern(list: string[], index: Map<string, number>, value: string): number {
  const known = index.get(value);
  if (known !== undefined) return known;
  index.set(value, list.length);
  list.push(value);
  return list.length - 1;
}

/** A whole number in base 36 of at most 11 digits (plain digits and lower-case letters), or -1. */
function readBase36(text: string): number {
  if (text.length === 0 || text.length > 11 || (text.length > 1 && text[0] === '0')) return -1;
  for (const c of text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) return -1;
  }
  return Number.parseInt(text, 36);
}
