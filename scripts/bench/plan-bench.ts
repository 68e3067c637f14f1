/**
 * Planner benchmark: 1,000 projects in every phase (queued, building, reviewing with a history of
 * reviews), and the example roadmap (16 projects) as the baseline measured in the same run. Prints
 * one JSON line per case with the median of several runs and its ratio to the baseline. Targets:
 * plan 90 days < 50 ms, the forecast to the end of the roadmap < 300 ms. The large roadmap is more
 * than ten years of study at these minutes, so its forecast plays all ten years: the longest one.
 * Run: npx tsx scripts/bench/plan-bench.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { mergeRoadmap } from '../../lib/domain/roadmap/merge-roadmap';
import { parseRoadmap } from '../../lib/domain/roadmap/parse-roadmap';
import {
  dayToEpoch,
  forecastRoadmap,
  planDays,
  scheduleNext,
  settleImportedPhases,
} from '../../lib/domain/schedule';
import {
  DEFAULT_SETTINGS,
  type Objective,
  type Project,
  type Rating,
  type Settings,
} from '../../lib/domain/types';

const TODAY = '2025-01-06';
const PROJECTS = 1000;
const RUNS = 15;
const DAY = 86_400_000;

/** Small seeded generator so every run benchmarks the same roadmap. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Roadmap {
  projects: Project[];
  objectives: Objective[];
}

/** A card after 1-8 reviews, the first somewhere in the last year. */
function reviewedCard(random: () => number, today: number): Project['card'] {
  const ratings: Rating[] = ['again', 'hard', 'good', 'good', 'good', 'easy'];
  let now = today - Math.floor(random() * 365) * DAY;
  let card = scheduleNext(undefined, 'good', now, DEFAULT_SETTINGS);
  const reviews = Math.floor(random() * 8);
  for (let r = 0; r < reviews && card.due < today; r++) {
    now = card.due + Math.floor(random() * 5) * DAY;
    const rating = ratings[Math.floor(random() * ratings.length)] ?? 'good';
    card = scheduleNext(card, rating, now, DEFAULT_SETTINGS);
  }
  return card;
}

function buildRoadmap(): Roadmap {
  const random = lcg(42);
  const objectives: Objective[] = Array.from({ length: 25 }, (_, i) => ({
    id: `o${i}`,
    roadmapId: 'r',
    title: `Objective ${i}`,
    order: i,
    archived: 0,
  }));
  const today = dayToEpoch(TODAY, 12);
  const projects: Project[] = [];
  for (let i = 0; i < PROJECTS; i++) {
    // About 30% reviewing, 5% building (a few more than inProgress: started out of turn).
    const roll = random();
    const phase: Project['phase'] = roll < 0.3 ? 'reviewing' : roll < 0.35 ? 'building' : 'queued';
    const project: Project = {
      id: `p${i}`,
      objectiveId: `o${i % 25}`,
      roadmapId: 'r',
      key: `k${i}`,
      title: `Project ${i}`,
      order: i,
      links: [],
      children: [],
      childrenDone: [],
      done: phase === 'reviewing',
      status: random() < 0.05 ? 'paused' : 'active',
      phase,
      builtMinutes: phase === 'queued' ? 0 : Math.floor(random() * 600),
      archived: 0,
    };
    if (random() < 0.5) project.estimateMinutes = 60 * (2 + Math.floor(random() * 19));
    if (random() < 0.3) project.sessionMinutes = [15, 20, 45, 60][Math.floor(random() * 4)];
    if (random() < 0.1) project.reviewMinutes = [10, 15, 30][Math.floor(random() * 3)];
    if (phase === 'queued' && random() < 0.05) project.deferred = true;
    if (random() < 0.03) project.notBefore = today + Math.floor(random() * 30) * DAY;
    if (phase === 'reviewing') project.card = reviewedCard(random, today);
    projects.push(project);
  }
  return { projects, objectives };
}

/** The bundled example note, imported today, as `npm run plan` does it. */
function exampleRoadmap(): Roadmap {
  let counter = 0;
  const merged = mergeRoadmap(
    parseRoadmap(readFileSync('public/example-roadmap.md', 'utf8')),
    { objectives: [], projects: [] },
    { roadmapId: 'r', newId: () => `id-${++counter}` },
  );
  const projects = settleImportedPhases(merged.projects, dayToEpoch(TODAY, 12), settings);
  return { projects, objectives: merged.objectives };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => unknown): number {
  run(); // warm up (JIT, FSRS instance cache)
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const round = (n: number) => Math.round(n * 100) / 100;

function bench(name: string, target: number, run: (roadmap: Roadmap) => unknown): void {
  const baselineMs = time(() => run(example));
  const ms = time(() => run(large));
  console.log(
    JSON.stringify({
      case: name,
      projects: PROJECTS,
      runs: RUNS,
      medianMs: round(ms),
      targetMs: target,
      ok: ms < target,
      exampleMs: round(baselineMs),
      ratio: round(ms / baselineMs),
    }),
  );
}

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  minutesPerWeekday: [120, 60, 60, 60, 60, 60, 120],
  restDays: [],
};
const large = buildRoadmap();
const example = exampleRoadmap();

bench('planDays 90 days', 50, (roadmap) =>
  planDays({ ...roadmap, settings, today: TODAY, days: 90 }),
);
bench('forecastRoadmap to the end', 300, (roadmap) =>
  forecastRoadmap({ ...roadmap, settings, today: TODAY }),
);
