import { describe, expect, it } from 'vitest';
import type { SyncRunResult } from '../../lib/services/sync/run-sync';
import {
  createSyncScheduler,
  SYNC_DEBOUNCE_MS,
  SYNC_PULL_DELAY_MS,
} from '../../lib/services/sync/sync-scheduler';
import { manualTimers } from '../support/manual-timers';

const START = Date.UTC(2026, 10, 28, 9);
const STATUS = { bytes: 0, items: 0, notSyncing: [] };
const done = (writes: number, pushPending = false): SyncRunResult => ({
  ok: true,
  status: STATUS,
  writes,
  pushPending,
  rowsChanged: 0,
});

/** A scheduler over manual time whose runs answer from `answer` and are logged. */
function scheduled(answer: (push: boolean) => Promise<SyncRunResult> = async () => done(0)) {
  const time = manualTimers(START);
  const runs: { at: number; push: boolean }[] = [];
  const retries: number[] = [];
  const reports: unknown[] = [];
  const scheduler = createSyncScheduler({
    run: (push) => {
      runs.push({ at: time.now() - START, push });
      return answer(push);
    },
    now: time.now,
    timers: time.timers,
    report: (outcome) => reports.push(outcome),
    retryAt: (at) => retries.push(at - START),
  });
  const advance = (ms: number) => time.advanceTo(time.now() + ms, () => scheduler.idle());
  return { time, scheduler, runs, retries, reports, advance };
}

describe('the sync scheduler', () => {
  it('runs once, a few seconds after the last of a burst of local changes', async () => {
    const { scheduler, runs, advance } = scheduled();
    for (let i = 0; i < 5; i++) {
      scheduler.localChange();
      await advance(1_000);
    }
    await advance(60_000);
    expect(runs).toEqual([{ at: 4_000 + SYNC_DEBOUNCE_MS, push: true }]);
  });

  it('pulls soon after a change arrives, folding repeated notices into one run', async () => {
    const { scheduler, runs, advance } = scheduled();
    scheduler.pull();
    scheduler.pull();
    scheduler.localChange();
    scheduler.pull();
    await advance(60_000);
    // One run carries the local change too: every run pushes whatever differs.
    expect(runs.map((r) => r.at)).toEqual([SYNC_PULL_DELAY_MS]);
    scheduler.pull();
    await advance(60_000);
    expect(runs.map((r) => r.at)).toEqual([SYNC_PULL_DELAY_MS, 60_000 + SYNC_PULL_DELAY_MS]);
  });

  it('never runs twice at once: a change during a run gets one more run after it', async () => {
    let finish: () => void = () => {};
    const { scheduler, runs, time } = scheduled(
      (push) =>
        new Promise((resolve) => {
          if (runs.length === 1) finish = () => resolve(done(push ? 1 : 0));
          else resolve(done(0));
        }),
    );
    scheduler.pull();
    await time.advanceTo(time.now() + SYNC_PULL_DELAY_MS);
    scheduler.pull();
    scheduler.pull();
    await time.advanceTo(time.now() + 10_000);
    expect(runs).toHaveLength(1);
    finish();
    await scheduler.idle();
    await time.advanceTo(time.now() + 10_000, () => scheduler.idle());
    expect(runs).toHaveLength(2);
  });

  it('retries a failure with growing waits, sets an alarm for each, and starts over after a success', async () => {
    let fail = 3;
    const { scheduler, runs, retries, reports, advance } = scheduled(async () =>
      fail-- > 0 ? { ok: false, reason: 'unavailable', problem: 'offline', writes: 0 } : done(1),
    );
    scheduler.pull();
    await advance(10 * 60_000);
    const at = runs.map((r) => r.at);
    expect(at).toHaveLength(4);
    const waits = at.slice(1).map((t, i) => t - at[i]!);
    expect(waits).toEqual([30_000, 60_000, 120_000]);
    expect(retries).toEqual(at.slice(0, 3).map((t, i) => t + waits[i]!));
    expect(reports.at(-1)).toMatchObject({ ok: true });
    scheduler.localChange();
    await advance(60_000);
    expect(runs.at(-1)!.at).toBe(10 * 60_000 + SYNC_DEBOUNCE_MS);
  });

  it('an error thrown by a run is reported and retried, like a refusal', async () => {
    let fail = true;
    const { scheduler, runs, reports, advance } = scheduled(async () => {
      if (fail) {
        fail = false;
        throw new Error('disk full');
      }
      return done(0);
    });
    scheduler.pull();
    await advance(60_000);
    expect(runs).toHaveLength(2);
    expect(reports[0]).toMatchObject({ ok: false, error: new Error('disk full') });
  });

  it.each([
    ['a rate refusal waits out the minute', 'rate-minute', 60_000],
    ['an hourly one waits longer', 'rate-hour', 600_000],
  ] as const)('%s', async (_, reason, wait) => {
    let fail = true;
    const { scheduler, runs, advance } = scheduled(async () => {
      if (!fail) return done(1);
      fail = false;
      return { ok: false, reason, problem: reason, writes: 1 };
    });
    scheduler.pull();
    await advance(3_600_000);
    expect(runs[1]!.at - runs[0]!.at).toBe(wait);
  });

  it('keeps writes under the browser rate limits however often changes come, pulling meanwhile', async () => {
    const { scheduler, runs, advance } = scheduled(async (push) => done(push ? 2 : 0, !push));
    for (let i = 0; i < 2_000; i++) {
      scheduler.pull();
      await advance(SYNC_PULL_DELAY_MS);
    }
    const pushes = runs.filter((r) => r.push).map((r) => r.at);
    const inWindow = (span: number) =>
      Math.max(...pushes.map((t) => pushes.filter((u) => u >= t && u - t < span).length * 2));
    expect(inWindow(60_000)).toBeLessThanOrEqual(120);
    expect(inWindow(3_600_000)).toBeLessThanOrEqual(1_800);
    expect(runs.filter((r) => !r.push).length).toBeGreaterThan(0);
  });

  it('stops: nothing runs after', async () => {
    const { scheduler, runs, advance } = scheduled();
    scheduler.localChange();
    scheduler.stop();
    scheduler.pull();
    await advance(60_000);
    expect(runs).toEqual([]);
  });
});
