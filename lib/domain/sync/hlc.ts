import type { HlcClock, Stamp } from './sync-state';

/** The wall time of a value recorded without a baseline: any real write is newer. */
export const LOWEST_WALL = 0;

/** The largest wall time a stamp may carry (the last millisecond of year 9999). */
export const MAX_WALL = 253_402_300_799_999;
export const MAX_COUNTER = 999_999;
/** Device ids are short and plain (a UUID fits), so they are safe inside keys and stamps. */
export const MAX_DEVICE_LENGTH = 64;

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;

export interface ParsedStamp {
  wall: number;
  counter: number;
  device: string;
}

export function newClock(device: string): HlcClock {
  return { device, wall: LOWEST_WALL, counter: 0 };
}

/** A fresh stamp for a local write: larger than every stamp this clock has issued or received. */
export function tick(clock: HlcClock, now: number): { clock: HlcClock; stamp: Stamp } {
  const next = advance(clock, clampWall(now));
  return { clock: next, stamp: formatStamp(next.wall, next.counter, next.device) };
}

/**
 * Takes in a stamp from another device, so this device's next write is larger than it even when
 * the other device's clock runs ahead. A stamp that does not parse leaves the clock as it was.
 */
export function receive(clock: HlcClock, stamp: Stamp, now: number): HlcClock {
  const remote = parseStamp(stamp);
  if (!remote) return clock;
  const wall = clampWall(now);
  const latest = later(clock, remote);
  if (wall > latest.wall) return { device: clock.device, wall, counter: 0 };
  return { device: clock.device, wall: latest.wall, counter: latest.counter };
}

/** The stamp of a value recorded without a baseline: whatever sync already holds wins over it. */
export function lowestStamp(device: string): Stamp {
  return formatStamp(LOWEST_WALL, 0, device);
}

export function isDeviceId(device: unknown): device is string {
  if (typeof device !== 'string' || device.length === 0 || device.length > MAX_DEVICE_LENGTH)
    return false;
  // Device ids become object keys: this one would reach the prototype instead.
  if (device === '__proto__') return false;
  for (let i = 0; i < device.length; i++) {
    const c = device.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
    if (!ok) return false;
  }
  return true;
}

/** Reads a stamp exactly as `formatStamp` writes it; anything else is refused. */
export function parseStamp(stamp: unknown): ParsedStamp | undefined {
  if (typeof stamp !== 'string') return undefined;
  const deviceStart = WALL_DIGITS + 1 + COUNTER_DIGITS + 1;
  if (stamp.length <= deviceStart || stamp.length > deviceStart + MAX_DEVICE_LENGTH)
    return undefined;
  if (stamp[WALL_DIGITS] !== '.' || stamp[deviceStart - 1] !== '.') return undefined;
  const wallText = stamp.slice(0, WALL_DIGITS);
  const counterText = stamp.slice(WALL_DIGITS + 1, deviceStart - 1);
  const device = stamp.slice(deviceStart);
  if (!isDigits(wallText) || !isDigits(counterText) || !isDeviceId(device)) return undefined;
  const wall = Number(wallText);
  if (wall > MAX_WALL) return undefined;
  return { wall, counter: Number(counterText), device };
}

export function isStamp(stamp: unknown): stamp is Stamp {
  return parseStamp(stamp) !== undefined;
}

export function formatStamp(wall: number, counter: number, device: string): Stamp {
  return `${String(wall).padStart(WALL_DIGITS, '0')}.${String(counter).padStart(COUNTER_DIGITS, '0')}.${device}`;
}

/** The wall time a stamp was written at, in ms; 0 for one that does not parse. */
export function stampWall(stamp: Stamp): number {
  return parseStamp(stamp)?.wall ?? LOWEST_WALL;
}

/** Moves the clock to `now` if it is later, else counts up; the counter never overflows its digits. */
function advance(clock: HlcClock, now: number): HlcClock {
  if (now > clock.wall) return { ...clock, wall: now, counter: 0 };
  if (clock.counter < MAX_COUNTER) return { ...clock, counter: clock.counter + 1 };
  // At the very end of time the clock stops rather than run backwards.
  if (clock.wall >= MAX_WALL) return clock;
  return { ...clock, wall: clock.wall + 1, counter: 0 };
}

function later(clock: HlcClock, remote: ParsedStamp): { wall: number; counter: number } {
  const remoteLater =
    remote.wall > clock.wall || (remote.wall === clock.wall && remote.counter > clock.counter);
  return remoteLater ? remote : clock;
}

function clampWall(now: number): number {
  if (!Number.isFinite(now)) return LOWEST_WALL;
  return Math.min(Math.max(Math.floor(now), LOWEST_WALL), MAX_WALL);
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}
