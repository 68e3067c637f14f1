import {
  SYNC_MAX_WRITE_OPERATIONS_PER_HOUR,
  SYNC_MAX_WRITE_OPERATIONS_PER_MINUTE,
} from '../../domain/sync/sync-limits';
import type { SyncFailureReason } from '../../domain/sync/sync-area-port';
import type { SyncRunResult } from './run-sync';

/** Quiet time after the last local change before a sync: a burst of edits becomes one write. */
export const SYNC_DEBOUNCE_MS = 3_000;
/** A change arriving from another device is pulled almost at once, duplicates folded together. */
export const SYNC_PULL_DELAY_MS = 200;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A run spends at most two write operations (one `set`, one `remove`). */
const WRITES_PER_RUN = 2;
// Below the browser's limits, so that a worker restarted mid-hour (which forgets its count) and
// the occasional retry still stay under them.
const MINUTE_BUDGET = SYNC_MAX_WRITE_OPERATIONS_PER_MINUTE - 20;
const HOUR_BUDGET = SYNC_MAX_WRITE_OPERATIONS_PER_HOUR - 300;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 30 * MINUTE;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SyncSchedulerDeps {
  run: (push: boolean) => Promise<SyncRunResult>;
  now: () => number;
  timers: Timers;
  /** After every run, with what happened (an error thrown by the run comes as `error`). */
  report: (outcome: SyncRunResult | { ok: false; error: unknown }) => void;
  /** A retry is due at this time: the service worker sets an alarm, since it may be stopped. */
  retryAt: (at: number) => void;
}

/**
 * When sync runs: a few seconds after the last local change, soon after a change from another
 * device, at start and when a retry falls due; one run at a time, writes kept within the rate
 * limits, a failure retried later with growing waits. A run that could not write leaves nothing
 * lost: the replica holds everything and the next run writes what still differs.
 */
export function createSyncScheduler(deps: SyncSchedulerDeps) {
  const writes: number[] = [];
  let timer: unknown;
  let dueAt = Infinity;
  let notBefore = 0;
  let failures = 0;
  let running = false;
  let again = false;
  let stopped = false;
  let idle = Promise.resolve();

  const schedule = (at: number, replace: boolean) => {
    if (stopped) return;
    const when = Math.max(at, notBefore);
    if (!replace && dueAt <= when) return;
    deps.timers.clear(timer);
    dueAt = when;
    timer = deps.timers.set(() => void start(), Math.max(0, when - deps.now()));
  };

  /** When a run may write again: at once, or once enough writes have left the window. */
  const budgetFreeAt = (at: number): number => {
    let free = at;
    for (const [span, budget] of [
      [MINUTE, MINUTE_BUDGET],
      [HOUR, HOUR_BUDGET],
    ] as const) {
      const recent = writes.filter((t) => at - t < span);
      const excess = recent.length + WRITES_PER_RUN - budget;
      if (excess > 0) free = Math.max(free, (recent[excess - 1] ?? at) + span);
    }
    return free;
  };

  async function start() {
    dueAt = Infinity;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    let finish: () => void = () => {};
    idle = new Promise((resolve) => (finish = resolve));
    try {
      await runOnce();
    } finally {
      running = false;
      finish();
    }
    if (again) {
      again = false;
      schedule(deps.now(), false);
    }
  }

  async function runOnce() {
    const at = deps.now();
    const push = budgetFreeAt(at) === at;
    let outcome: SyncRunResult | { ok: false; error: unknown };
    try {
      outcome = await deps.run(push);
    } catch (error) {
      outcome = { ok: false, error };
    }
    const done = deps.now();
    const spentNow = 'writes' in outcome ? outcome.writes : 0;
    for (let i = 0; i < spentNow; i++) writes.push(done);
    while (done - (writes[0] ?? done) >= HOUR) writes.shift();
    if (stopped) return;
    deps.report(outcome);
    if (outcome.ok) {
      failures = 0;
      notBefore = 0;
      if (outcome.pushPending) schedule(budgetFreeAt(done), false);
      return;
    }
    failures += 1;
    notBefore = done + retryDelay(failures, 'reason' in outcome ? outcome.reason : undefined);
    deps.retryAt(notBefore);
    schedule(notBefore, true);
  }

  return {
    /** The user's data changed here: sync once the changes have settled. */
    localChange: () => schedule(deps.now() + SYNC_DEBOUNCE_MS, true),
    /** Another device's change arrived, the worker started, or a retry fell due. */
    pull: () => schedule(deps.now() + SYNC_PULL_DELAY_MS, false),
    /** Settles when no run is in progress (for tests and for stopping cleanly). */
    idle: () => idle,
    stop: () => {
      stopped = true;
      deps.timers.clear(timer);
    },
  };
}

/** Waits that grow with each failure in a row; a rate refusal waits out its window first. */
function retryDelay(failures: number, reason: SyncFailureReason | undefined): number {
  const growing = Math.min(FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 10), LONGEST_RETRY_MS);
  if (reason === 'rate-minute') return Math.max(MINUTE, growing);
  if (reason === 'rate-hour') return Math.max(10 * MINUTE, growing);
  return growing;
}
