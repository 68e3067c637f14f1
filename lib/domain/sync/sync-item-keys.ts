import { hashKey, hashNumber } from '../hash-key';
import type { Register } from './sync-state';

/**
 * Sections of the packed state, each under its own key prefix. A key names its format version,
 * so items a later Waymark writes in another format are unknown keys here, and ignored.
 */
export const SECTION_BUCKETS = {
  /** Epoch and devices. */
  m: 1,
  /** Settings, objective order and target dates. */
  s: 1,
  /** The outline, split into numbered parts. */
  o: 1,
  p: 16,
  c: 16,
  l: 64,
  a: 64,
} as const;

export type Section = keyof typeof SECTION_BUCKETS;

const PREFIX = '1:';
const MAX_PART = 99;

/** The item key of a section's bucket; outline parts after the first get a part number. */
export function itemKey(section: Section, bucket: number, part = 0): string {
  const base =
    SECTION_BUCKETS[section] === 1 ? `${PREFIX}${section}` : `${PREFIX}${section}${bucket}`;
  return part === 0 ? base : `${base}.${part}`;
}

/** A stable bucket for an id: the same on every device, and only its own bucket changes. */
export function bucketOf(section: Section, id: string): number {
  return hashNumber(id) % SECTION_BUCKETS[section];
}

/** Reads a key exactly as `itemKey` writes it; any other key is not ours. */
export function parseItemKey(
  key: string,
): { section: Section; bucket: number; part: number } | undefined {
  if (key.length > 12 || !key.startsWith(PREFIX)) return undefined;
  const section = key[PREFIX.length] as Section;
  if (!Object.hasOwn(SECTION_BUCKETS, section)) return undefined;
  const [bucketText, partText, ...rest] = key.slice(PREFIX.length + 1).split('.');
  if (rest.length > 0 || bucketText === undefined) return undefined;
  const single = SECTION_BUCKETS[section] === 1;
  const bucket = single ? (bucketText === '' ? 0 : -1) : readIndex(bucketText);
  const part = partText === undefined ? 0 : section === 'o' ? readIndex(partText) : -1;
  if (bucket < 0 || bucket >= SECTION_BUCKETS[section] || part < 0 || part > MAX_PART)
    return undefined;
  if (partText !== undefined && part === 0) return undefined;
  return { section, bucket, part };
}

/** The tag every item of one epoch carries, so items of another epoch are told apart. */
export function epochTagOf(epoch: Register<string>): string {
  return hashKey(`${epoch.value}\n${epoch.stamp}`);
}

export function isSyncItemKey(key: string): boolean {
  return parseItemKey(key) !== undefined;
}

/** A small decimal number without leading zeros, or -1. */
function readIndex(text: string): number {
  if (text.length === 0 || text.length > 3 || (text.length > 1 && text[0] === '0')) return -1;
  for (const c of text) if (c < '0' || c > '9') return -1;
  return Number(text);
}
