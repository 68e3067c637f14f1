import { describeFailure } from '../user-error';
import type { SyncStatus } from '../../domain/sync/sync-status';
import type { SyncRunResult } from './run-sync';

const MAX_PROBLEM_LENGTH = 900;

/**
 * The status after a run: a finished run's own, or the last good one with the failure's words
 * (the last sync time and usage stay those of the last run that finished).
 */
export function statusAfter(
  previous: SyncStatus | undefined,
  outcome: SyncRunResult | { ok: false; error: unknown },
): SyncStatus {
  if (outcome.ok) return outcome.status;
  const problem =
    'problem' in outcome
      ? outcome.problem
      : `Waymark could not apply what sync holds here; your data is unchanged. ${describeFailure(outcome.error)}`;
  return {
    ...(previous ?? { bytes: 0, items: 0, notSyncing: [] }),
    problem: problem.slice(0, MAX_PROBLEM_LENGTH),
  };
}
