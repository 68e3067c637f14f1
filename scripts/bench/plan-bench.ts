/**
 * Planner benchmark: 1,000 projects with varied cards. Prints one JSON line per case with the
 * median of several runs. Targets: plan 90 days < 50 ms, 365-day forecast < 200 ms.
 * Run: npx tsx scripts/bench/plan-bench.ts
 */
import { performance } from 'node:perf_hooks';
import { dayToEpoch, forecastMinutes, planDays, scheduleNext } from '../../lib/domain/schedule';
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

/** Small seeded generator so every run benchmarks the same roadmap. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function buildRoadmap(): { projects: Project[]; objectives: Objective[] } {
  const random = lcg(42);
  const objectives: Objective[] = Array.from({ length: 25 }, (_, i) => ({
    id: `o${i}`,
    roadmapId: 'r',
    title: `Objective ${i}`,
    order: i,
    archived: 0,
  }));
  const ratings: Rating[] = ['again', 'hard', 'good', 'good', 'good', 'easy'];
  const today = dayToEpoch(TODAY, 12);
  const projects: Project[] = [];
  for (let i = 0; i < PROJECTS; i++) {
    const project: Project = {
      id: `p${i}`,
      objectiveId: `o${i % 25}`,
      roadmapId: 'r',
      key: `k${i}`,
      title: `Project ${i}`,
      order: i,
      links: [],
      children: [],
      done: random() < 0.3,
      status: random() < 0.05 ? 'paused' : 'new',
      archived: 0,
    };
    if (random() < 0.3) project.sessionMinutes = [15, 20, 45, 60][Math.floor(random() * 4)];
    if (random() < 0.8) {
      // A history of 1-8 reviews ending somewhere in the last year.
      let now = today - Math.floor(random() * 365) * 86_400_000;
      let card = scheduleNext(undefined, 'good', now, DEFAULT_SETTINGS);
      const reviews = Math.floor(random() * 8);
      for (let r = 0; r < reviews && card.due < today; r++) {
        now = card.due + Math.floor(random() * 5) * 86_400_000;
        card = scheduleNext(
          card,
          ratings[Math.floor(random() * ratings.length)] ?? 'good',
          now,
          DEFAULT_SETTINGS,
        );
      }
      project.card = card;
      if (project.status === 'new') project.status = 'active';
    }
    projects.push(project);
  }
  return { projects, objectives };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function bench(name: string, target: number, run: () => unknown): void {
  run(); // warm up (JIT, FSRS instance cache)
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  const ms = Math.round(median(times) * 100) / 100;
  console.log(
    JSON.stringify({
      case: name,
      projects: PROJECTS,
      runs: RUNS,
      medianMs: ms,
      targetMs: target,
      ok: ms < target,
    }),
  );
}

const { projects, objectives } = buildRoadmap();
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  minutesPerWeekday: [120, 60, 60, 60, 60, 60, 120],
  restDays: [],
};

bench('planDays 90 days', 50, () =>
  planDays({ projects, objectives, settings, today: TODAY, days: 90 }),
);
bench('forecastMinutes 365 days', 200, () =>
  forecastMinutes({ projects, objectives, settings, today: TODAY }, 365),
);
