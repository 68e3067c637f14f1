import type { Timers } from '../../lib/services/sync/sync-scheduler';

/**
 * A clock and timers that move only when the test says, for the sync scheduler: the tests never
 * sleep, and fake-indexeddb keeps its own real timers.
 */
export function manualTimers(start: number) {
  let now = start;
  let nextId = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set(run, ms) {
      nextId += 1;
      due.set(nextId, { at: now + ms, run });
      return nextId;
    },
    clear(handle) {
      due.delete(handle as number);
    },
  };
  const earliest = () =>
    [...due].sort(([a, x], [b, y]) => x.at - y.at || a - b)[0] as
      [number, { at: number; run: () => void }] | undefined;
  return {
    now: () => now,
    timers,
    /** When the next timer fires, if one is set. */
    nextAt: () => earliest()?.[1].at,
    /** Moves the clock to `at`, firing every timer due by then in order; `settle` runs after each. */
    async advanceTo(at: number, settle: () => Promise<unknown> = async () => {}) {
      for (let next = earliest(); next && next[1].at <= at; next = earliest()) {
        due.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].run();
        await settle();
      }
      now = Math.max(now, at);
    },
  };
}
