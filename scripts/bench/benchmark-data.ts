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
  // About a fifth finished and reviewed (with cards), a few being built, the rest queued.
  const projects: Project[] = Array.from({ length: size.projects }, (_, i) => {
    const reviewing = random() < 0.2;
    const building = !reviewing && i % 200 === 1;
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
      childrenDone: [],
      done: reviewing,
      status: 'active',
      phase: reviewing ? 'reviewing' : building ? 'building' : 'queued',
      builtMinutes: building ? 60 + Math.floor(random() * 300) : 0,
      ...(reviewing ? { card } : {}),
      archived: 0,
    };
  });
  // Sessions belong to projects that were built or reviewed, as the app writes them.
  const studied = projects.filter((p) => p.phase !== 'queued');
  const resources: Resource[] = Array.from({ length: size.resources }, (_, i) => ({
    id: `r${i}`,
    projectId: `p${i % size.projects}`,
    url: `https://example.org/resource/${i}`,
    title: `Resource ${i + 1} about topic ${i % size.projects}`,
    kind: KINDS[i % KINDS.length]!,
    attachedAt: now - Math.floor(random() * 365) * DAY,
    via: 'popup',
  }));
  const reviews: Review[] = Array.from({ length: size.reviews }, (_, i) => {
    const project = studied[i % studied.length]!;
    const review = project.phase === 'reviewing';
    return {
      id: `v${i}`,
      projectId: project.id,
      at: now - DAY - Math.floor(random() * 365 * DAY),
      kind: review ? 'review' : 'build',
      ...(review ? { rating: RATINGS[Math.floor(random() * 4)]! } : {}),
      minutes: 10 + Math.floor(random() * 50),
      note: '',
      before: {
        phase: project.phase,
        builtMinutes: 0,
        childrenDone: [],
        status: 'active',
        ...(review && project.card ? { card: project.card } : {}),
      },
    };
  });
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
