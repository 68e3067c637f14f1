/** Times merging two replicas holding 10,000 sessions in all; prints one JSON line per case. Run: npx tsx scripts/bench/sync-bench.ts */
import { materialiseRows } from '../../lib/domain/sync/materialise-rows';
import { mergeSyncStates } from '../../lib/domain/sync/merge-sync-state';
import { packSyncState } from '../../lib/domain/sync/pack-sync-state';
import { replayProjects } from '../../lib/domain/sync/replay-project';
import { unpackSyncItems } from '../../lib/domain/sync/unpack-sync-items';
import type { Outline, SyncState } from '../../lib/domain/sync/sync-state';
import { DEFAULT_SETTINGS } from '../../lib/domain/types';
import { bigSyncState } from '../../tests/support/sync-arbitraries';

const RUNS = 7;

const laptop = bigSyncState({ device: 'laptop', sessions: 5_000, pages: 0 });
const desktop = bigSyncState({ device: 'desktop', sessions: 5_000, pages: 0, offset: 30_000 });
const merged = mergeSyncStates(laptop, desktop);
const reviewing = (device: string, offset = 0) =>
  bigSyncState({ device, sessions: 5_000, pages: 0, offset, reviewsOnly: true });
const reviewLaptop = reviewing('laptop');
const reviewDesktop = reviewing('desktop', 30_000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(name: string, run: () => SyncState | unknown) {
  const times: number[] = [];
  // CPU time too: on a shared, busy machine the wall time mostly measures waiting for a core.
  const cpuTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const line = {
    case: name,
    sessions: Object.keys(merged.log).length,
    runs: RUNS,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    medianCpuMs: round(median(cpuTimes)),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

time('merge two replicas, 5,000 sessions each', () => mergeSyncStates(laptop, desktop));
time('merge a replica with the merged state', () => mergeSyncStates(laptop, merged));
time('pack 10,000 sessions', () => packSyncState(merged));
const packed = packSyncState(merged).items;
time('unpack the packed items', () => unpackSyncItems(packed));
time('replay 10,000 sessions', () => replayProjects(merged));
time('merge and replay (the 200 ms budget)', () =>
  replayProjects(mergeSyncStates(laptop, desktop)),
);
time('merge and replay, every session a review (the 200 ms budget)', () =>
  replayProjects(mergeSyncStates(reviewLaptop, reviewDesktop)),
);

// What a device keeps of its last sync: its size grows with the history.
const outline: Outline = {
  title: 'Bench',
  objectives: [{ key: 'bench', title: 'Bench', order: 0 }],
  projects: Array.from({ length: 50 }, (_, i) => ({
    key: `project ${i}`,
    objectiveKey: 'bench',
    title: `Project ${i}`,
    order: i,
    links: [],
    children: [],
  })),
};
let ids = 0;
const { rows, baseline } = materialiseRows({
  state: { ...merged, outline: { value: outline, stamp: '000000000000001.000000.laptop' } },
  rows: { objectives: [], projects: [], resources: [], reviews: [], settings: DEFAULT_SETTINGS },
  device: 'laptop',
  newId: () => `id-${(ids += 1)}`,
  now: Date.UTC(2027, 0, 1),
});
process.stdout.write(
  `${JSON.stringify({ case: 'baseline of 10,000 reviews', reviews: rows.reviews.length, bytes: JSON.stringify(baseline).length })}\n`,
);
