import type {
  MemoryCard,
  Objective,
  Project,
  Rating,
  Resource,
  ResourceKind,
  Review,
  Roadmap,
} from '../../lib/domain/types';

const KINDS: ResourceKind[] = ['repo', 'paper', 'docs', 'video', 'course', 'article', 'other'];
const RATINGS: Rating[] = ['again', 'hard', 'good', 'easy'];
const DAY = 86_400_000;

/** A small deterministic generator, so every benchmark run stores the same data. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface BenchmarkData {
  roadmaps: Roadmap[];
  objectives: Objective[];
  projects: Project[];
  resources: Resource[];
  reviews: Review[];
}

/**
 * A large synthetic roadmap for the new-tab benchmark (by default 1,000 projects, 10,000
 * resources, 50,000 reviews), the same on every run.
 */
export function makeBenchmarkData(
  now: number,
  size = { objectives: 25, projects: 1000, resources: 10_000, reviews: 50_000 },
): BenchmarkData {
  const random = generator(42);
  const roadmapId = 'bench-roadmap';
  const objectives: Objective[] = Array.from({ length: size.objectives }, (_, i) => ({
    id: `o${i}`,
    roadmapId,
    title: `Objective ${i + 1}`,
    order: i,
    archived: 0,
  }));
  const projects: Project[] = Array.from({ length: size.projects }, (_, i) => {
    const studied = random() < 0.7;
    const stability = 1 + random() * 60;
    const lastReview = now - Math.floor(random() * 40) * DAY;
    const card: MemoryCard = {
      due: lastReview + Math.ceil(stability) * DAY,
      stability,
      difficulty: 3 + random() * 5,
      elapsedDays: 0,
      scheduledDays: Math.ceil(stability),
      learningSteps: 0,
      reps: 3,
      lapses: 0,
      state: 2,
      lastReview,
    };
    return {
      id: `p${i}`,
      objectiveId: `o${i % size.objectives}`,
      roadmapId,
      key: `t:bench/${i}`,
      title: `Project ${i + 1}: ${['Build', 'Study', 'Port', 'Review'][i % 4]} topic ${i}`,
      order: i,
      links: [{ url: `https://example.org/project/${i}`, label: 'home' }],
      children: [],
      done: random() < 0.2,
      status: studied ? 'active' : 'new',
      ...(studied ? { card } : {}),
      archived: 0,
    };
  });
  const resources: Resource[] = Array.from({ length: size.resources }, (_, i) => ({
    id: `r${i}`,
    projectId: `p${i % size.projects}`,
    url: `https://example.org/resource/${i}`,
    title: `Resource ${i + 1} about topic ${i % size.projects}`,
    kind: KINDS[i % KINDS.length]!,
    attachedAt: now - Math.floor(random() * 365) * DAY,
    via: 'popup',
  }));
  const reviews: Review[] = Array.from({ length: size.reviews }, (_, i) => ({
    id: `v${i}`,
    projectId: `p${i % size.projects}`,
    at: now - DAY - Math.floor(random() * 365 * DAY),
    rating: RATINGS[Math.floor(random() * 4)]!,
    minutes: 10 + Math.floor(random() * 50),
    note: '',
    statusBefore: 'active',
  }));
  const roadmap: Roadmap = {
    id: roadmapId,
    title: 'Benchmark roadmap',
    source: 'benchmark',
    sourceHash: '',
    importedAt: now,
    tags: [],
    // The note it came from, as the stored roadmap keeps it: one table row per project.
    rawText: projects
      .map((p) => `| <input type="checkbox" unchecked> | ${p.objectiveId} | - ${p.title} |`)
      .join('\n'),
  };
  return { roadmaps: [roadmap], objectives, projects, resources, reviews };
}
