import { withoutKeys } from '../optional-keys';
import { receive, tick } from './hlc';
import type { LocalRows } from './local-rows';
import { emptySyncState, newestStamp } from './merge-sync-state';
import { recordLocalRows } from './record-local-rows';
import { UNTOUCHED_PROJECT, type SyncBaseline } from './sync-baseline';
import type { HlcClock, SyncState } from './sync-state';

/** A baseline that held nothing: every local value counts as a change and gets a fresh stamp. */
const NOTHING_SEEN: SyncBaseline = {
  settings: {},
  objectiveOrder: [],
  targetDates: {},
  outline: '',
  projects: {},
  reviews: {},
  pages: {},
};

/**
 * A new epoch holding `rows` alone, for an explicit "replace everywhere": its epoch is stamped
 * after everything in `previous` (so every device's merge takes it wholesale) and every local
 * value enters with a fresh stamp, so a device that later joins without a baseline cannot win
 * over it. `epoch` names the new epoch and must be new.
 */
export function newEpochOfRows(input: {
  previous: SyncState;
  rows: LocalRows;
  clock: HlcClock;
  now: number;
  epoch: string;
}): { state: SyncState; clock: HlcClock } {
  const { previous, rows, now } = input;
  const newest = newestStamp(previous);
  const received = newest ? receive(input.clock, newest, now) : input.clock;
  const started = tick(received, now);
  return recordLocalRows({
    // The devices stay known, so compaction still waits for each to take in the new epoch.
    state: {
      ...emptySyncState(),
      epoch: { value: input.epoch, stamp: started.stamp },
      devices: previous.devices,
    },
    baseline: NOTHING_SEEN,
    rows,
    clock: started.clock,
    now,
  });
}

/**
 * The rows a device keeps when another device's new epoch replaces its data: the roadmap's shape
 * (so local ids survive) with nothing the user did to it. Materialising the new epoch over these
 * leaves exactly what the epoch holds; sessions and pages it lacks are gone.
 */
export function rowsBeforeNewEpoch(rows: LocalRows): LocalRows {
  return {
    ...rows,
    objectives: rows.objectives.map((objective) => withoutKeys(objective, 'targetDate')),
    projects: rows.projects.map((project) =>
      project.archived !== 0
        ? project
        : {
            ...withoutKeys(
              project,
              'card',
              'notBefore',
              'deferred',
              'estimateMinutes',
              'sessionMinutes',
              'reviewMinutes',
            ),
            status: UNTOUCHED_PROJECT.status,
            phase: UNTOUCHED_PROJECT.phase,
            childrenDone: [],
            builtMinutes: 0,
            done: false,
          },
    ),
    resources: [],
    reviews: [],
    settings: { ...rows.settings, objectiveOrder: [] },
  };
}
