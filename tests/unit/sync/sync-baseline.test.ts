// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { baselineOfRows, baselineSessions } from '../../../lib/domain/sync/sync-baseline';
import { logId } from '../../../lib/domain/sync/sync-ids';
import { emptyRows, T0 } from './sync-devices';

const DAY = 86_400_000;

/** `count` sessions over 50 projects and two devices, a day apart, as materialise maps them. */
function sessionLog(count: number): Record<string, string> {
  const log: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const key = `project ${i % 50}`;
    const device = i % 2 === 0 ? 'laptop' : '0f8fad5b-d9cb-469f-a165-70867728950e';
    const at = T0 + Math.floor(i / 50) * DAY + (i % 50) * 60_000;
    log[`review-row-${i}`] = logId(key, at, device);
  }
  return log;
}

describe('the baseline of the review rows', () => {
  it.each([0, 1, 7, 10_000])('gives back every session of %i', (count) => {
    const log = sessionLog(count);
    const sessions = baselineSessions(baselineOfRows(emptyRows(), log));
    expect([...sessions.values()].sort()).toEqual(Object.values(log).sort());
    for (const [session, id] of sessions) expect(id.startsWith(`${session}\n`)).toBe(true);
  });

  it('keeps 10,000 sessions in under 12 bytes each', () => {
    const baseline = baselineOfRows(emptyRows(), sessionLog(10_000));
    expect(JSON.stringify(baseline.reviews).length).toBeLessThan(120_000);
  });

  it.each([
    ['a list that is not one', { 'build git': { laptop: 'T0' } }],
    ['a time that is not a number', { 'build git': { laptop: [T0, 'x', 5] } }],
    ['a device map that is not one', { 'build git': null }],
  ])('reads a stored baseline with %s without failing', (_name, reviews) => {
    const baseline = { ...baselineOfRows(emptyRows(), {}), reviews } as never;
    expect(() => baselineSessions(baseline)).not.toThrow();
  });
});
