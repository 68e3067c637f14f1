import { isStamp } from './hlc';
import { PROJECT_FIELD_CODES, RATING_CODES } from './sync-field-codes';
import {
  deviceRef,
  encodeCard,
  encodeReading,
  encodeStamp,
  type ItemTables,
  keyRef,
  newTables,
} from './sync-item-codec';
import { bucketOf, epochTagOf, itemKey, type Section } from './sync-item-keys';
import { logId, projectKeyOfLogId } from './sync-ids';
import {
  MAX_SYNC_DEVICES,
  MAX_SYNC_TEXT_LENGTH,
  MAX_SYNC_URL_LENGTH,
  PACK_BYTES,
  PACK_BYTES_PER_ITEM,
  PACK_HARD_BYTES,
  PACK_HARD_BYTES_PER_ITEM,
  PACK_MAX_ITEMS,
} from './sync-limits';
import type { LogEntry, ProjectFields, Register, Stamp, SyncedPage, SyncState } from './sync-state';

export interface NotSyncing {
  what: 'pages' | 'log' | 'outline' | 'projects' | 'settings';
  count: number;
  reason: string;
}

export interface PackedSync {
  items: Record<string, unknown>;
  bytes: number;
  notSyncing: NotSyncing[];
}

const REASONS: Record<NotSyncing['what'], string> = {
  settings: 'Some settings do not fit in the browser’s sync storage.',
  outline:
    'The roadmap outline does not fit in the browser’s sync storage: import the note on each device.',
  projects: 'Some project settings do not fit in the browser’s sync storage.',
  log: 'The oldest sessions do not fit in the browser’s sync storage; this device keeps them.',
  pages:
    'The oldest attached pages do not fit in the browser’s sync storage; this device keeps them.',
};

const WHAT_OF_SECTION: Record<string, NotSyncing['what']> = {
  s: 'settings',
  o: 'outline',
  p: 'projects',
  c: 'log',
  l: 'log',
  a: 'pages',
};

/** One entry of a section: where it goes, how it ranks, and its packed form. */
interface PackRecord {
  id: string;
  bucket: number;
  stamp: Stamp;
  what: NotSyncing['what'];
  /** The packed entry, or nothing for one unfit to sync. */
  encode: (tables: ItemTables) => unknown[] | undefined;
}

/** Fewer bytes than the smallest entry (a tombstone) takes. */
const MIN_ENTRY_BYTES = 16;

interface Budget {
  bytes: number;
  items: number;
}

/** What one item costs against the quota: UTF-8 bytes of its key and of its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

/**
 * Splits the state into `storage.sync` items within the quotas, most important first: epoch and
 * devices, settings, objective order and target dates, outline, project fields, checkpoints, the
 * log (newest first), pages (newest first). Entries go to buckets by a hash of their id, so a
 * change rewrites one item. What does not fit is left out and counted in `notSyncing`.
 */
export function packSyncState(state: SyncState): PackedSync {
  const items: Record<string, unknown> = {};
  const left = new Map<NotSyncing['what'], number>();
  const budget: Budget = { bytes: PACK_BYTES, items: PACK_MAX_ITEMS };
  const epochTag = epochTagOf(state.epoch);
  const place = (section: Section, records: PackRecord[]) => {
    const placed = layoutSection(section, records, budget, epochTag);
    Object.assign(items, placed.items);
    for (const record of placed.leftOut) left.set(record.what, (left.get(record.what) ?? 0) + 1);
  };

  place('m', metaRecords(state));
  place('s', settingsRecords(state));
  const outline = layoutOutline(state, budget, epochTag);
  if (outline) Object.assign(items, outline);
  else if (state.outline) left.set('outline', 1);
  place('p', projectRecords(state));
  place('c', checkpointRecords(state));
  place('l', newestFirst(logRecords(state)));
  place('a', newestFirst(pageRecords(state)));

  const placed = Object.entries(items);
  let bytes = placed.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  // The estimates keep well inside the quota; should they not, the last items placed go.
  while (bytes > PACK_HARD_BYTES) {
    const last = placed.pop();
    if (!last) break;
    const [key, value] = last;
    const what = WHAT_OF_SECTION[key.slice(2, 3)] ?? 'pages';
    left.set(what, (left.get(what) ?? 0) + (value as { e: unknown[] }).e.length);
    bytes -= itemBytes(key, value);
  }
  const notSyncing = [...left].map(([what, count]) => ({ what, count, reason: REASONS[what] }));
  return { items: Object.fromEntries(placed), bytes, notSyncing };
}

function metaRecords(state: SyncState): PackRecord[] {
  const epoch: PackRecord = {
    id: 'e',
    bucket: 0,
    stamp: state.epoch.stamp,
    what: 'settings',
    encode: (t) => ['e', state.epoch.value, encodeStamp(t, state.epoch.stamp)],
  };
  // The devices that synced most recently matter to compaction; a long-gone one may drop out.
  const devices = Object.entries(state.devices)
    .filter(([, seen]) => isStamp(seen.seen))
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_SYNC_DEVICES)
    .map(([device, seen]) => ({
      id: `v${device}`,
      bucket: 0,
      stamp: seen.seen,
      what: 'settings' as const,
      encode: (t: ItemTables) => ['v', deviceRef(t, device), encodeStamp(t, seen.seen), seen.at],
    }));
  return [epoch, ...devices];
}

function settingsRecords(state: SyncState): PackRecord[] {
  const records: PackRecord[] = [];
  const add = (id: string, stamp: Stamp, encode: PackRecord['encode']) => {
    records.push({ id, bucket: 0, stamp, what: 'settings', encode });
  };
  for (const [field, register] of Object.entries(state.settings) as [string, Register<unknown>][]) {
    add(`f${field}`, register.stamp, (t) => [
      'f',
      field,
      register.value,
      encodeStamp(t, register.stamp),
    ]);
  }
  const order = state.objectiveOrder;
  if (order) {
    add('o', order.stamp, (t) => [
      'o',
      order.value.map((key) => keyRef(t, key)),
      encodeStamp(t, order.stamp),
    ]);
  }
  for (const [key, register] of Object.entries(state.targetDates)) {
    add(`t${key}`, register.stamp, (t) => [
      't',
      keyRef(t, key),
      register.value,
      encodeStamp(t, register.stamp),
    ]);
  }
  return records;
}

function projectRecords(state: SyncState): PackRecord[] {
  const records: PackRecord[] = [];
  for (const [key, fields] of Object.entries(state.projects)) {
    for (const [field, register] of Object.entries(fields) as [
      keyof ProjectFields,
      Register<unknown>,
    ][]) {
      const code = PROJECT_FIELD_CODES[field];
      const value =
        field === 'card' && register.value
          ? encodeCard(register.value as ProjectFields['card'] & object)
          : register.value;
      records.push({
        id: `${key}\n${code}`,
        bucket: bucketOf('p', key),
        stamp: register.stamp,
        what: 'projects',
        encode: (t) => [keyRef(t, key), code, value, encodeStamp(t, register.stamp)],
      });
    }
  }
  return records;
}

function checkpointRecords(state: SyncState): PackRecord[] {
  return Object.entries(state.checkpoints)
    .filter(([key, checkpoint]) => checkpoint.projectKey === key)
    .map(([key, checkpoint]) => ({
      id: key,
      bucket: bucketOf('c', key),
      stamp: checkpoint.upTo,
      what: 'log' as const,
      encode: (t: ItemTables) => {
        const packed = [
          keyRef(t, key),
          encodeStamp(t, checkpoint.upTo),
          checkpoint.builtMinutes,
          checkpoint.childrenDone,
          checkpoint.phase,
          checkpoint.sessions,
        ];
        return checkpoint.card ? [...packed, encodeCard(checkpoint.card)] : packed;
      },
    }));
}

function logRecords(state: SyncState): PackRecord[] {
  return Object.entries(state.log).map(([id, version]) => ({
    id,
    bucket: bucketOf('l', id),
    stamp: version.stamp,
    what: 'log',
    encode: (t) => {
      const parts = logIdParts(id);
      if (!parts) return undefined;
      const head = [
        keyRef(t, parts.key),
        parts.at,
        deviceRef(t, parts.device),
        encodeStamp(t, version.stamp),
      ];
      if ('deleted' in version) return head;
      if (logId(version.projectKey, version.at, version.device) !== id) return undefined;
      return [...head, ...sessionFields(version)];
    },
  }));
}

function sessionFields(entry: LogEntry): unknown[] {
  const code = entry.kind === 'build' ? 'b' : entry.rating ? RATING_CODES[entry.rating] : 'r';
  const fields: unknown[] = [code, entry.minutes, shortened(entry.note)];
  if (entry.kind === 'build' || entry.childrenDone !== undefined || entry.finished !== undefined) {
    fields.push(entry.childrenDone ?? null);
    if (entry.finished !== undefined) fields.push(entry.finished ? 1 : 0);
  }
  return fields;
}

function pageRecords(state: SyncState): PackRecord[] {
  return Object.entries(state.pages).map(([id, version]) => ({
    id,
    bucket: bucketOf('a', id),
    stamp: version.stamp,
    what: 'pages',
    encode: (t) => {
      const split = id.indexOf('\n');
      const key = id.slice(0, split);
      const address = id.slice(split + 1);
      if (split <= 0 || address.length > MAX_SYNC_URL_LENGTH) return undefined;
      if ('deleted' in version) return [keyRef(t, key), address, encodeStamp(t, version.stamp)];
      const page = version.value;
      if (page.projectKey !== key || page.url.length > MAX_SYNC_URL_LENGTH) return undefined;
      return encodePage(t, key, address, page, version.stamp);
    },
  }));
}

function encodePage(t: ItemTables, key: string, address: string, page: SyncedPage, stamp: Stamp) {
  const packed = [
    keyRef(t, key),
    page.url,
    shortened(page.title),
    page.kind,
    page.attachedAt,
    page.via,
    encodeStamp(t, stamp),
  ];
  // The id's address is the page's own in most cases: only a different one is written, or null
  // when the read time and note follow.
  const reading = encodeReading(page);
  if (reading) return [...packed, address === page.url ? null : address, ...reading];
  return address === page.url ? packed : [...packed, address];
}

/**
 * Fills the section's buckets in the records' order while the item and the whole stay within
 * budget, then writes each bucket's item with its entries in id order, so the item does not
 * depend on the order entries arrived in.
 */
function layoutSection(
  section: Section,
  records: PackRecord[],
  budget: Budget,
  epochTag: string,
): { items: Record<string, unknown>; leftOut: PackRecord[] } {
  const buckets = new Map<number, { records: PackRecord[]; tables: ItemTables; bytes: number }>();
  const leftOut: PackRecord[] = [];
  for (const [index, record] of records.entries()) {
    // Nothing more can fit: the rest is left out without packing each entry to find out.
    if (budget.bytes < MIN_ENTRY_BYTES) {
      leftOut.push(...records.slice(index));
      break;
    }
    let bucket = buckets.get(record.bucket);
    const opening = bucket === undefined;
    bucket ??= {
      records: [],
      tables: newTables(),
      bytes: itemBytes(itemKey(section, record.bucket), { x: epochTag, d: [], k: [], e: [] }),
    };
    const devices = bucket.tables.devices.length;
    const keys = bucket.tables.keys.length;
    const packed = isStamp(record.stamp) ? record.encode(bucket.tables) : undefined;
    if (packed === undefined) {
      forget(bucket.tables, devices, keys);
      leftOut.push(record);
      continue;
    }
    const added = [...bucket.tables.devices.slice(devices), ...bucket.tables.keys.slice(keys)];
    let cost = itemBytes('', packed) + 1;
    for (const name of added) cost += itemBytes('', name) + 1;
    const fits =
      bucket.bytes + cost <= PACK_BYTES_PER_ITEM &&
      (opening ? bucket.bytes : 0) + cost <= budget.bytes &&
      (!opening || budget.items > 0);
    if (!fits) {
      forget(bucket.tables, devices, keys);
      leftOut.push(record);
      continue;
    }
    if (opening) {
      buckets.set(record.bucket, bucket);
      budget.items -= 1;
      budget.bytes -= bucket.bytes;
    }
    bucket.records.push(record);
    bucket.bytes += cost;
    budget.bytes -= cost;
  }

  const items: Record<string, unknown> = {};
  for (const [index, bucket] of buckets) {
    const key = itemKey(section, index);
    const kept = [...bucket.records].sort((a, b) => compareText(a.id, b.id));
    let value = writeItem(kept, epochTag);
    // The estimate above is close; should the item still be too large, its oldest entries go.
    while (itemBytes(key, value) > PACK_HARD_BYTES_PER_ITEM && kept.length > 0) {
      const oldest = kept.reduce((a, b) => (b.stamp < a.stamp ? b : a));
      kept.splice(kept.indexOf(oldest), 1);
      leftOut.push(oldest);
      value = writeItem(kept, epochTag);
    }
    if (kept.length > 0) items[key] = value;
  }
  return { items, leftOut };
}

/** An item: the epoch it belongs to, its tables and its entries. */
function writeItem(records: PackRecord[], epochTag: string): Record<string, unknown> {
  const tables = newTables();
  const entries = records.map((record) => record.encode(tables));
  const item: Record<string, unknown> = { x: epochTag, d: tables.devices, e: entries };
  if (tables.keys.length > 0) item.k = tables.keys;
  return item;
}

/**
 * The outline as one or more parts, each naming the outline's stamp and the number of parts, so
 * a reader can tell a complete outline from a mix of two imports. All of it fits, or none.
 */
function layoutOutline(
  state: SyncState,
  budget: Budget,
  epochTag: string,
): Record<string, unknown> | undefined {
  const outline = state.outline;
  if (!outline || !isStamp(outline.stamp)) return undefined;
  const records: unknown[][] = [
    ...outline.value.objectives.map((o) => [
      'j',
      o.key,
      o.title,
      o.order,
      ...(o.targetDate === undefined ? [] : [o.targetDate]),
    ]),
    ...outline.value.projects.map((p) => [
      'p',
      p.key,
      p.objectiveKey,
      p.title,
      p.order,
      p.links.map((link) => [link.url, link.label]),
      p.children,
    ]),
  ];
  // Room is left in each part for its head: stamp, part count and the outline's title.
  const parts: unknown[][][] = [];
  let part: unknown[][] = [];
  let size = 0;
  for (const record of records) {
    const cost = itemBytes('', record) + 1;
    if (size + cost > PACK_BYTES_PER_ITEM - 600 && part.length > 0) {
      parts.push(part);
      part = [];
      size = 0;
    }
    part.push(record);
    size += cost;
  }
  parts.push(part);
  const items: Record<string, unknown> = {};
  let bytes = 0;
  parts.forEach((entries, part) => {
    const tables = newTables();
    const head: Record<string, unknown> = {
      x: epochTag,
      s: encodeStamp(tables, outline.stamp),
      n: parts.length,
    };
    if (part === 0) head.t = outline.value.title;
    const value = { ...head, d: tables.devices, e: entries };
    const key = itemKey('o', 0, part);
    items[key] = value;
    bytes += itemBytes(key, value);
  });
  const fits =
    parts.length <= 100 &&
    bytes <= budget.bytes &&
    parts.length <= budget.items &&
    Object.entries(items).every(
      ([key, value]) => itemBytes(key, value) <= PACK_HARD_BYTES_PER_ITEM,
    );
  if (!fits) return undefined;
  budget.bytes -= bytes;
  budget.items -= parts.length;
  return items;
}

function logIdParts(id: string): { key: string; at: number; device: string } | undefined {
  const key = projectKeyOfLogId(id);
  const [atText, device, ...rest] = id.slice(key.length + 1).split('\n');
  if (key === id || atText === undefined || device === undefined || rest.length > 0)
    return undefined;
  const at = Number(atText);
  if (!Number.isSafeInteger(at) || String(at) !== atText) return undefined;
  return { key, at, device };
}

function newestFirst(records: PackRecord[]): PackRecord[] {
  return records.sort((a, b) => compareText(b.stamp, a.stamp) || compareText(a.id, b.id));
}

function forget(tables: ItemTables, devices: number, keys: number) {
  for (const name of tables.devices.splice(devices)) tables.deviceIndex.delete(name);
  for (const name of tables.keys.splice(keys)) tables.keyIndex.delete(name);
}

function shortened(text: string): string {
  if (text.length <= MAX_SYNC_TEXT_LENGTH) return text;
  const cut = text.slice(0, MAX_SYNC_TEXT_LENGTH);
  // Never leave half of a surrogate pair at the end.
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
