import { isResourceKind } from '../resource-kind-labels';
import { acceptLinkUrl } from '../roadmap/accept-link-url';
import { between, isRecord, positiveUpTo, time, whole } from '../rows/row-checks';
import { SETTINGS_RULES } from '../rows/row-rules';
import { isDayString } from '../schedule/day-index';
import { MAX_ESTIMATE_MINUTES } from '../schedule/effort';
import { MINUTES_PER_DAY_MAX, validateSettings } from '../settings/validate-settings';
import { checkAttachable } from '../tabs/check-attachable';
import { type AttachVia, DEFAULT_SETTINGS, type Settings } from '../types';
import { isStamp } from './hlc';
import {
  emptySyncState,
  FIRST_EPOCH,
  laterCheckpoint,
  laterRegister,
  laterVersion,
  withoutFolded,
} from './merge-sync-state';
import { PROJECT_FIELD_CODES, SESSION_CODES } from './sync-field-codes';
import {
  decodeCard,
  decodeReading,
  decodeRef,
  decodeStamp,
  isSyncKey,
  readTables,
} from './sync-item-codec';
import { SYNCED_SETTING_FIELDS } from './sync-baseline';
import { epochTagOf, parseItemKey, type Section } from './sync-item-keys';
import { logId, pageId } from './sync-ids';
import {
  MAX_SYNC_DEVICES,
  MAX_SYNC_LIST_LENGTH,
  MAX_SYNC_TEXT_LENGTH,
  MAX_SYNC_URL_LENGTH,
  SYNC_MAX_ITEMS,
} from './sync-limits';
import type {
  Outline,
  OutlineObjective,
  OutlineProject,
  ProjectFields,
  Register,
  SyncedSettingField,
  SyncState,
} from './sync-state';

/** The entries one item may hold: far more than fit in 8 KB, so only crafted items reach it. */
const MAX_ITEM_ENTRIES = 2_000;
const MAX_OUTLINE_PARTS = 100;
const MAX_EPOCH_LENGTH = 100;

const ATTACH_VIA: readonly AttachVia[] = ['context-menu', 'popup', 'import', 'bulk', 'command'];
const FIELD_OF_CODE = new Map(
  Object.entries(PROJECT_FIELD_CODES).map(([field, code]) => [code, field as keyof ProjectFields]),
);

/** Decoded entries of one item, with its tables; returns whether the entry was sound. */
interface ItemReader {
  devices: string[];
  keys: string[];
  state: SyncState;
}
type EntryReader = (entry: unknown, item: ItemReader) => boolean;

/**
 * Reads the items of `storage.sync` back into a state, as strictly as Waymark checks its own
 * rows: keys that are not ours are ignored, and an item or entry that is not sound is dropped
 * with a sentence naming it. Never throws, whatever the items hold.
 */
export function unpackSyncItems(items: Record<string, unknown>): {
  state: SyncState;
  problems: string[];
} {
  const problems: string[] = [];
  const state = emptySyncState();
  if (!isRecord(items)) return { state, problems: ['Sync storage did not hold a set of items.'] };
  const ours = Object.keys(items)
    .slice(0, SYNC_MAX_ITEMS * 2)
    .flatMap((key) => {
      const parsed = parseItemKey(key);
      return parsed ? [{ key, ...parsed, value: items[key] }] : [];
    });

  const meta = ours.find((item) => item.section === 'm');
  if (meta)
    guarded(meta.key, problems, () =>
      readItem(meta.key, meta.value, undefined, readMeta, state, problems),
    );
  const epochTag = epochTagOf(state.epoch);
  if (meta && state.epoch === FIRST_EPOCH && !sameTag(meta.value, epochTag)) {
    // The meta item was refused: without its epoch nothing else can be placed.
    return { state: emptySyncState(), problems };
  }

  const outlineParts = ours.filter((item) => item.section === 'o');
  if (outlineParts.length > 0) {
    guarded('1:o', problems, () => readOutline(outlineParts, epochTag, state, problems));
  }
  for (const item of ours) {
    const reader = READERS[item.section];
    if (!reader) continue;
    guarded(item.key, problems, () =>
      readItem(item.key, item.value, epochTag, reader, state, problems),
    );
  }
  checkSettings(state, problems);
  state.log = withoutFolded(state.log, state.checkpoints);
  return { state, problems };
}

const READERS: Partial<Record<Section, EntryReader>> = {
  s: readSetting,
  p: readProjectField,
  c: readCheckpoint,
  l: readLogEntry,
  a: readPage,
};

function readItem(
  key: string,
  value: unknown,
  epochTag: string | undefined,
  reader: EntryReader,
  state: SyncState,
  problems: string[],
) {
  if (!isRecord(value) || !Array.isArray(value.e) || value.e.length > MAX_ITEM_ENTRIES) {
    problems.push(`Sync item “${key}” was left out: it is not in the expected shape.`);
    return;
  }
  if (epochTag !== undefined && !sameTag(value, epochTag)) {
    problems.push(`Sync item “${key}” was left out: it was written before a “replace everywhere”.`);
    return;
  }
  const tables = readTables(value.d, value.k);
  if (typeof tables === 'string') {
    problems.push(`Sync item “${key}” was left out: ${tables}.`);
    return;
  }
  const item = { ...tables, state };
  const bad = value.e.filter((entry) => !reader(entry, item)).length;
  if (bad > 0) {
    problems.push(
      `Sync item “${key}”: ${bad} of ${value.e.length} entries were not sound and were left out.`,
    );
  }
}

function readMeta(entry: unknown, item: ItemReader): boolean {
  if (!Array.isArray(entry)) return false;
  if (entry[0] === 'e' && entry.length === 3) {
    const [, value, packedStamp] = entry as unknown[];
    const stamp = decodeStamp(item.devices, packedStamp);
    if (
      typeof value !== 'string' ||
      value.length === 0 ||
      value.length > MAX_EPOCH_LENGTH ||
      !stamp
    )
      return false;
    const epoch = { value, stamp };
    item.state.epoch =
      item.state.epoch === FIRST_EPOCH ? epoch : laterRegister(item.state.epoch, epoch);
    return true;
  }
  if (entry[0] === 'v' && entry.length === 4) {
    const device = decodeRef(item.devices, entry[1]);
    const seen = decodeStamp(item.devices, entry[2]);
    const at = entry[3] as unknown;
    if (!device || !seen || !time(at, {})) return false;
    if (Object.keys(item.state.devices).length >= MAX_SYNC_DEVICES) return false;
    const known = item.state.devices[device];
    if (!known || seen > known.seen) item.state.devices[device] = { seen, at: at as number };
    return true;
  }
  return false;
}

function readSetting(entry: unknown, item: ItemReader): boolean {
  if (!Array.isArray(entry)) return false;
  const state = item.state;
  if (entry[0] === 'f' && entry.length === 4) {
    const [, field, value, packedStamp] = entry as unknown[];
    const stamp = decodeStamp(item.devices, packedStamp);
    if (!stamp || !SYNCED_SETTING_FIELDS.includes(field as SyncedSettingField)) return false;
    if (!settingShapeOk(field as SyncedSettingField, value)) return false;
    const settings = state.settings as Record<string, Register<unknown>>;
    const register = { value, stamp };
    const known = settings[field as string];
    settings[field as string] = known ? laterRegister(known, register) : register;
    return true;
  }
  if (entry[0] === 'o' && entry.length === 3) {
    const [, refs, packedStamp] = entry as unknown[];
    const stamp = decodeStamp(item.devices, packedStamp);
    if (!stamp || !Array.isArray(refs) || refs.length > MAX_SYNC_LIST_LENGTH) return false;
    const keys = refs.map((ref) => decodeRef(item.keys, ref));
    if (!keys.every((key) => key !== undefined)) return false;
    const register = { value: keys as string[], stamp };
    state.objectiveOrder = state.objectiveOrder
      ? laterRegister(state.objectiveOrder, register)
      : register;
    return true;
  }
  if (entry[0] === 't' && entry.length === 4) {
    const [, ref, date, packedStamp] = entry as unknown[];
    const key = decodeRef(item.keys, ref);
    const stamp = decodeStamp(item.devices, packedStamp);
    if (!key || !stamp || !(date === null || (typeof date === 'string' && isDayString(date))))
      return false;
    const register = { value: date as string | null, stamp };
    const known = state.targetDates[key];
    state.targetDates[key] = known ? laterRegister(known, register) : register;
    return true;
  }
  return false;
}

function settingShapeOk(field: SyncedSettingField, value: unknown): boolean {
  if (field === 'breaks' && (!Array.isArray(value) || value.length > MAX_SYNC_LIST_LENGTH))
    return false;
  return SETTINGS_RULES[field](value, {});
}

/** Settings fields that validateSettings refuses, read together as the app would save them. */
function checkSettings(state: SyncState, problems: string[]) {
  const combined = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [field, register] of Object.entries(state.settings)) combined[field] = register.value;
  const errors = Object.keys(validateSettings(combined as unknown as Settings));
  const accepted = Object.entries(state.settings).filter(([field]) => {
    const refused = errors.some((error) => error === field || error.startsWith(`${field}.`));
    if (refused)
      problems.push(
        `The synced setting “${field}” was left out: it is not a value Waymark accepts.`,
      );
    return !refused;
  });
  state.settings = Object.fromEntries(accepted);
}

const childList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_SYNC_LIST_LENGTH &&
  value.every((v) => typeof v === 'string' && v.length <= MAX_SYNC_TEXT_LENGTH);
const lengthOrNull = (value: unknown) => value === null || whole(1, MINUTES_PER_DAY_MAX)(value, {});

const FIELD_CHECKS: Record<keyof ProjectFields, (value: unknown) => boolean> = {
  status: (v) => v === 'active' || v === 'paused' || v === 'retired',
  phase: isPhase,
  estimateMinutes: (v) => v === null || positiveUpTo(MAX_ESTIMATE_MINUTES)(v, {}),
  sessionMinutes: lengthOrNull,
  reviewMinutes: lengthOrNull,
  notBefore: (v) => v === null || time(v, {}),
  deferred: (v) => typeof v === 'boolean',
  childrenDone: childList,
  card: (v) => v === null || decodeCard(v) !== undefined,
};

function readProjectField(entry: unknown, item: ItemReader): boolean {
  if (!Array.isArray(entry) || entry.length !== 4) return false;
  const [ref, code, value, packedStamp] = entry as unknown[];
  const key = decodeRef(item.keys, ref);
  const field = typeof code === 'string' ? FIELD_OF_CODE.get(code) : undefined;
  const stamp = decodeStamp(item.devices, packedStamp);
  if (!key || !field || !stamp || !FIELD_CHECKS[field](value)) return false;
  const register = { value: field === 'card' && value !== null ? decodeCard(value) : value, stamp };
  const fields = (item.state.projects[key] ??= {}) as Record<string, Register<unknown>>;
  const known = fields[field];
  fields[field] = known ? laterRegister(known, register) : register;
  return true;
}

function readCheckpoint(entry: unknown, item: ItemReader): boolean {
  if (!Array.isArray(entry) || (entry.length !== 6 && entry.length !== 7)) return false;
  const [ref, packedStamp, builtMinutes, childrenDone, phase, sessions, packedCard] =
    entry as unknown[];
  const key = decodeRef(item.keys, ref);
  const upTo = decodeStamp(item.devices, packedStamp);
  const card = entry.length === 7 ? decodeCard(packedCard) : undefined;
  const sound =
    key !== undefined &&
    upTo !== undefined &&
    between(0, Number.MAX_SAFE_INTEGER)(builtMinutes, {}) &&
    childList(childrenDone) &&
    isPhase(phase) &&
    whole(0, Number.MAX_SAFE_INTEGER)(sessions, {}) &&
    (entry.length === 6 || card !== undefined);
  if (!sound) return false;
  const checkpoint = {
    projectKey: key,
    upTo,
    builtMinutes: builtMinutes as number,
    childrenDone: childrenDone as string[],
    phase,
    sessions: sessions as number,
    ...(card ? { card } : {}),
  };
  const known = item.state.checkpoints[key];
  item.state.checkpoints[key] = known ? laterCheckpoint(known, checkpoint) : checkpoint;
  return true;
}

function readLogEntry(entry: unknown, item: ItemReader): boolean {
  if (!Array.isArray(entry) || entry.length < 4 || entry.length > 9) return false;
  const [ref, at, deviceIndex, packedStamp, code, minutes, note, childrenDone, finished] =
    entry as unknown[];
  const key = decodeRef(item.keys, ref);
  const device = decodeRef(item.devices, deviceIndex);
  const stamp = decodeStamp(item.devices, packedStamp);
  if (!key || !device || !stamp || !time(at, {})) return false;
  const id = logId(key, at as number, device);
  let version;
  if (entry.length === 4) {
    version = { deleted: true as const, stamp };
  } else {
    const session = typeof code === 'string' ? SESSION_CODES[code] : undefined;
    const sound =
      entry.length >= 7 &&
      session !== undefined &&
      Object.hasOwn(SESSION_CODES, code as string) &&
      between(0, MINUTES_PER_DAY_MAX)(minutes, {}) &&
      typeof note === 'string' &&
      note.length <= MAX_SYNC_TEXT_LENGTH &&
      (entry.length < 8 || childrenDone === null || childList(childrenDone)) &&
      (entry.length < 9 || finished === 0 || finished === 1);
    if (!sound) return false;
    version = {
      projectKey: key,
      at: at as number,
      device,
      stamp,
      ...session,
      minutes: minutes as number,
      note,
      ...(Array.isArray(childrenDone) ? { childrenDone: childrenDone as string[] } : {}),
      ...(entry.length === 9 ? { finished: finished === 1 } : {}),
    };
  }
  const known = item.state.log[id];
  item.state.log[id] = known ? laterVersion(known, version) : version;
  return true;
}

function readPage(entry: unknown, item: ItemReader): boolean {
  if (!Array.isArray(entry)) return false;
  const key = decodeRef(item.keys, entry[0]);
  if (!key) return false;
  if (entry.length === 3) {
    const address = attachable(entry[1]);
    const stamp = decodeStamp(item.devices, entry[2]);
    if (!address || !stamp) return false;
    return placePage(item.state, pageId(key, address), { deleted: true, stamp });
  }
  if (entry.length !== 7 && entry.length !== 8 && entry.length !== 10) return false;
  const [, url, title, kind, attachedAt, via, packedStamp, packedAddress, readAt, note] =
    entry as unknown[];
  const checkedUrl = attachable(url);
  // Ten fields: the address (null for the page's own), then the read time and note.
  const ownAddress = entry.length === 7 || (entry.length === 10 && packedAddress === null);
  const address = ownAddress ? checkedUrl : attachable(packedAddress);
  const reading = entry.length === 10 ? decodeReading(readAt, note) : {};
  const stamp = decodeStamp(item.devices, packedStamp);
  const sound =
    checkedUrl !== undefined &&
    address !== undefined &&
    stamp !== undefined &&
    typeof title === 'string' &&
    title.length <= MAX_SYNC_TEXT_LENGTH &&
    isResourceKind(kind) &&
    time(attachedAt, {}) &&
    ATTACH_VIA.includes(via as AttachVia) &&
    reading !== undefined;
  if (!sound) return false;
  const page = {
    projectKey: key,
    url: checkedUrl,
    title,
    kind,
    attachedAt: attachedAt as number,
    via: via as AttachVia,
    ...reading,
  };
  return placePage(item.state, pageId(key, address), { value: page, stamp });
}

function placePage(state: SyncState, id: string, version: SyncState['pages'][string]): boolean {
  const known = state.pages[id];
  state.pages[id] = known ? laterVersion(known, version) : version;
  return true;
}

/** An address Waymark would attach, as it would store it; nothing else. */
function attachable(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_SYNC_URL_LENGTH) return undefined;
  const check = checkAttachable(value);
  return check.ok ? check.url : undefined;
}

/** The outline is read whole: every part of one stamp, or none of it. */
function readOutline(
  parts: { key: string; part: number; value: unknown }[],
  epochTag: string,
  state: SyncState,
  problems: string[],
) {
  const refuse = (why: string) => problems.push(`The synced roadmap outline was left out: ${why}.`);
  const byPart = new Map(parts.map((part) => [part.part, part.value]));
  const first = byPart.get(0);
  if (!isRecord(first) || !sameTag(first, epochTag)) return refuse('its first part is missing');
  const count = first.n;
  if (!whole(1, MAX_OUTLINE_PARTS)(count, {}) || byPart.size !== count)
    return refuse('some of its parts are missing');
  const outline: Outline = { title: '', objectives: [], projects: [] };
  let stamp: string | undefined;
  let bad = 0;
  for (let part = 0; part < (count as number); part++) {
    const value = byPart.get(part);
    if (
      !isRecord(value) ||
      !sameTag(value, epochTag) ||
      value.n !== count ||
      !Array.isArray(value.e)
    )
      return refuse('a part is not in the expected shape');
    const tables = readTables(value.d, undefined);
    if (typeof tables === 'string') return refuse(tables);
    const partStamp = decodeStamp(tables.devices, value.s);
    if (!partStamp || (stamp !== undefined && partStamp !== stamp))
      return refuse('its parts come from different imports');
    stamp = partStamp;
    if (part === 0) {
      if (typeof first.t !== 'string' || first.t.length > MAX_SYNC_TEXT_LENGTH)
        return refuse('its title is not sound');
      outline.title = first.t;
    }
    for (const entry of value.e.slice(0, MAX_ITEM_ENTRIES)) {
      const objective = readOutlineObjective(entry);
      const project = objective ? undefined : readOutlineProject(entry);
      if (objective) outline.objectives.push(objective);
      else if (project) outline.projects.push(project);
      else bad++;
    }
  }
  if (bad > 0)
    problems.push(`The synced roadmap outline: ${bad} entries were not sound and were left out.`);
  if (stamp && isStamp(stamp)) state.outline = { value: outline, stamp };
}

function readOutlineObjective(entry: unknown): OutlineObjective | undefined {
  if (!Array.isArray(entry) || entry[0] !== 'j' || (entry.length !== 4 && entry.length !== 5))
    return undefined;
  const [, key, title, order, targetDate] = entry as unknown[];
  const sound =
    isSyncKey(key) &&
    shortText(title) &&
    typeof order === 'number' &&
    Number.isFinite(order) &&
    (entry.length === 4 || (typeof targetDate === 'string' && isDayString(targetDate)));
  if (!sound) return undefined;
  const objective: OutlineObjective = { key, title, order };
  if (entry.length === 5) objective.targetDate = targetDate as string;
  return objective;
}

function readOutlineProject(entry: unknown): OutlineProject | undefined {
  if (!Array.isArray(entry) || entry[0] !== 'p' || entry.length !== 7) return undefined;
  const [, key, objectiveKey, title, order, links, children] = entry as unknown[];
  const linkList =
    Array.isArray(links) && links.length <= MAX_SYNC_LIST_LENGTH
      ? links.map(readLink)
      : [undefined];
  const sound =
    isSyncKey(key) &&
    isSyncKey(objectiveKey) &&
    shortText(title) &&
    typeof order === 'number' &&
    Number.isFinite(order) &&
    linkList.every((link) => link !== undefined) &&
    childList(children);
  if (!sound) return undefined;
  return {
    key,
    objectiveKey,
    title,
    order,
    links: linkList as OutlineProject['links'],
    children,
  };
}

function readLink(value: unknown) {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [url, label] = value as unknown[];
  if (typeof url !== 'string' || url.length > MAX_SYNC_URL_LENGTH || !shortText(label))
    return undefined;
  return acceptLinkUrl(url) === null ? undefined : { url, label };
}

function shortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SYNC_TEXT_LENGTH;
}

function isPhase(value: unknown): value is ProjectFields['phase'] {
  return value === 'queued' || value === 'building' || value === 'reviewing';
}

function sameTag(value: unknown, tag: string): boolean {
  return isRecord(value) && value.x === tag;
}

/** Whatever an item holds, reading it must not stop the others from being read. */
function guarded(key: string, problems: string[], read: () => void) {
  try {
    read();
  } catch {
    problems.push(`Sync item “${key}” was left out: it could not be read.`);
  }
}
