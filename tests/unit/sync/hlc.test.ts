import { describe, expect, it } from 'vitest';
import {
  formatStamp,
  lowestStamp,
  MAX_WALL,
  newClock,
  parseStamp,
  receive,
  tick,
} from '../../../lib/domain/sync/hlc';
import type { HlcClock } from '../../../lib/domain/sync/sync-state';

const NOW = Date.UTC(2026, 5, 1, 9);
const YEAR = 365 * 86_400_000;

function stamps(clock: HlcClock, times: number[]): string[] {
  const out: string[] = [];
  for (const now of times) {
    const next = tick(clock, now);
    clock = next.clock;
    out.push(next.stamp);
  }
  return out;
}

describe('tick', () => {
  it('writes the documented format', () => {
    expect(tick(newClock('laptop'), NOW).stamp).toBe(`00${NOW}.000000.laptop`);
  });

  it.each([
    ['a steady clock', [NOW, NOW + 1, NOW + 2]],
    ['the same millisecond', [NOW, NOW, NOW, NOW]],
    ['a clock set back', [NOW, NOW - 60_000, NOW - 120_000, NOW + 5]],
    ['a clock that is not a number', [NOW, Number.NaN, -1]],
  ])('issues strictly growing stamps with %s', (_name, times) => {
    const issued = stamps(newClock('laptop'), times);
    for (let i = 1; i < issued.length; i++) expect(issued[i]! > issued[i - 1]!).toBe(true);
  });

  it('moves to the next millisecond when the counter is full', () => {
    const next = tick({ device: 'd', wall: NOW, counter: 999_999 }, NOW);
    expect(next.stamp).toBe(formatStamp(NOW + 1, 0, 'd'));
  });

  it('never runs backwards at the end of time', () => {
    const clock = { device: 'd', wall: MAX_WALL, counter: 999_999 };
    expect(tick(clock, MAX_WALL).stamp >= formatStamp(MAX_WALL, 999_999, 'd')).toBe(true);
  });
});

describe('receive', () => {
  it('lets a device with a correct clock write after one running a year ahead', () => {
    const ahead = tick(newClock('fast'), NOW + YEAR).stamp;
    const mine = tick(receive(newClock('slow'), ahead, NOW), NOW).stamp;
    expect(mine > ahead).toBe(true);
    // and stays ahead of what it received while the real clock catches up
    const later = stamps(receive(newClock('slow'), ahead, NOW), [NOW, NOW + 1000, NOW + 2000]);
    expect(later.every((stamp) => stamp > ahead)).toBe(true);
  });

  it('keeps the clock when the stamp received is older', () => {
    const clock = tick(newClock('a'), NOW).clock;
    expect(receive(clock, formatStamp(NOW - 1, 3, 'b'), NOW - 10)).toEqual(clock);
  });

  it('follows the real clock when it is later than both', () => {
    const clock = receive(newClock('a'), formatStamp(NOW - 5, 3, 'b'), NOW);
    expect(tick(clock, NOW).stamp).toBe(formatStamp(NOW, 1, 'a'));
  });

  it.each([
    ['empty', ''],
    ['no device', `${formatStamp(NOW, 0, 'x').slice(0, 23)}`],
    ['wall far beyond year 9999', '999999999999999.000000.evil'],
    ['letters in the wall', '00000000000000a.000000.evil'],
    ['a newline in the device', `${formatStamp(NOW, 0, 'a')}\nb`],
    ['a device too long', formatStamp(NOW, 0, 'd'.repeat(65))],
    ['a short counter', `00${NOW}.00000.abc`],
    ['a sign', `-0${NOW}.000000.abc`],
  ])('ignores a crafted stamp: %s', (_name, stamp) => {
    const clock = tick(newClock('a'), NOW).clock;
    expect(receive(clock, stamp, NOW)).toEqual(clock);
    expect(parseStamp(stamp)).toBeUndefined();
  });
});

describe('stamp order', () => {
  it('breaks a tie of time and counter by device id', () => {
    const a = tick(newClock('device-a'), NOW).stamp;
    const b = tick(newClock('device-b'), NOW).stamp;
    expect(a < b).toBe(true);
    expect([b, a].sort()).toEqual([a, b]);
  });

  it('orders by wall before counter', () => {
    expect(formatStamp(NOW, 999_999, 'z') < formatStamp(NOW + 1, 0, 'a')).toBe(true);
  });

  it('puts a value recorded without a baseline below every real write', () => {
    expect(lowestStamp('z') < tick(newClock('a'), 1).stamp).toBe(true);
    expect(parseStamp(lowestStamp('laptop'))).toEqual({ wall: 0, counter: 0, device: 'laptop' });
  });
});
