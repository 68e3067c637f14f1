import type {
  MemoryCard,
  Project,
  ProjectPhase,
  ProjectStatus,
  ProgressState,
  Rating,
  Review,
  Settings,
} from '../types';
import type { ScheduleSettings } from './fsrs-card';
import { spreadFirstReviews } from './learned-card';

/** Before phases, a project never studied was 'new'. */
type StoredStatus = ProjectStatus | 'new';

/** A project row as versions before phases stored it (rows already upgraded pass through). */
export type StoredProject = Omit<Project, 'phase' | 'builtMinutes' | 'childrenDone' | 'status'> &
  Partial<Pick<Project, 'phase' | 'builtMinutes' | 'childrenDone'>> & { status: StoredStatus };

/** A review row as versions before session kinds stored it (rows already upgraded pass through). */
export type StoredReview = Omit<Review, 'kind' | 'before' | 'rating'> &
  Partial<Pick<Review, 'kind' | 'before'>> & {
    rating?: Rating;
    cardBefore?: MemoryCard;
    statusBefore?: StoredStatus;
    notBeforeBefore?: number;
  };

export type UpgradeSettings = ScheduleSettings & Pick<Settings, 'objectiveOrder'>;

/** 'new' meant "never studied"; the phase says that now, so such a project is simply active. */
const activeIfNew = (status: StoredStatus): ProjectStatus => (status === 'new' ? 'active' : status);

const hasStudiedCard = (card: MemoryCard | undefined): card is MemoryCard =>
  card !== undefined && card.state !== 0 && card.lastReview !== undefined;

/**
 * Old rows in the phase model. Projects were all scheduled like flashcards; now a finished
 * project is reviewed, one with sessions logged is being built (those sessions become its build
 * minutes) and the rest wait their turn. Finished projects never studied get learned cards whose
 * first reviews are spread over two weeks from `now`. Rows with a phase or kind are kept as they
 * are, so running it twice changes nothing.
 */
export function upgradeProgress(
  projects: readonly StoredProject[],
  reviews: readonly StoredReview[],
  now: number,
  settings: UpgradeSettings,
): { projects: Project[]; reviews: Review[] } {
  const sessions = sessionsByProject(reviews);
  const unlearned = projects
    .filter((p) => p.phase === undefined && p.done && !hasStudiedCard(p.card))
    .sort(byObjectiveThenOrder(settings.objectiveOrder));
  const cards = spreadFirstReviews(unlearned.length, now, settings);
  const learned = new Map(unlearned.map((project, index) => [project, cards[index]]));

  const upgraded = projects.map((project) =>
    upgradeProject(project, sessions.get(project.id) ?? [], learned.get(project)),
  );
  const byId = new Map(upgraded.map((project) => [project.id, project]));
  const earlier = earlierSessions(sessions);
  return {
    projects: upgraded,
    reviews: reviews.map((review) =>
      upgradeReview(review, byId.get(review.projectId), earlier.get(review)),
    ),
  };
}

function upgradeProject(
  project: StoredProject,
  sessions: readonly StoredReview[],
  learnedCard: MemoryCard | undefined,
): Project {
  if (project.phase !== undefined) {
    const { phase, builtMinutes, childrenDone } = project;
    if (builtMinutes !== undefined && childrenDone !== undefined) return project as Project;
    return {
      ...project,
      status: activeIfNew(project.status),
      phase,
      builtMinutes: builtMinutes ?? 0,
      childrenDone: childrenDone ?? [],
    };
  }
  const { card, ...rest } = project;
  const base = { ...rest, status: activeIfNew(project.status), childrenDone: [] };
  if (project.done) {
    const kept = hasStudiedCard(card) ? card : learnedCard;
    return { ...base, phase: 'reviewing', builtMinutes: 0, ...(kept ? { card: kept } : {}) };
  }
  if (sessions.length === 0) return { ...base, phase: 'queued', builtMinutes: 0 };
  const builtMinutes = sessions.reduce((sum, session) => sum + session.minutes, 0);
  return { ...base, phase: 'building', builtMinutes };
}

function upgradeReview(
  review: StoredReview,
  project: Project | undefined,
  earlier: Earlier | undefined,
): Review {
  if (review.kind !== undefined) return review as Review;
  const { rating, cardBefore, statusBefore, notBeforeBefore, ...rest } = review;
  const status = activeIfNew(statusBefore ?? project?.status ?? 'active');
  const notBefore = notBeforeBefore !== undefined ? { notBefore: notBeforeBefore } : {};
  const building = project ? project.phase === 'building' : rating === undefined;
  if (building) {
    // The first session of a project is the one that took it out of the queue.
    const phase: ProjectPhase = earlier && earlier.count > 0 ? 'building' : 'queued';
    const builtMinutes = earlier?.minutes ?? 0;
    const before: ProgressState = { phase, builtMinutes, childrenDone: [], status };
    return { ...rest, kind: 'build', before: { ...before, ...notBefore } };
  }
  const before: ProgressState = {
    phase: 'reviewing',
    builtMinutes: project?.builtMinutes ?? 0,
    childrenDone: [],
    status,
    ...(cardBefore ? { card: cardBefore } : {}),
    ...notBefore,
  };
  return { ...rest, kind: 'review', ...(rating ? { rating } : {}), before };
}

/** Old reviews per project, oldest first. */
function sessionsByProject(reviews: readonly StoredReview[]): Map<string, StoredReview[]> {
  const byProject = new Map<string, StoredReview[]>();
  for (const review of reviews) {
    if (review.kind !== undefined) continue;
    const list = byProject.get(review.projectId) ?? [];
    list.push(review);
    byProject.set(review.projectId, list);
  }
  for (const list of byProject.values())
    list.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byProject;
}

interface Earlier {
  count: number;
  minutes: number;
}

/** Per review, how many sessions its project had before it and their minutes. */
function earlierSessions(sessions: Map<string, StoredReview[]>): Map<StoredReview, Earlier> {
  const earlier = new Map<StoredReview, Earlier>();
  for (const list of sessions.values()) {
    let minutes = 0;
    list.forEach((review, count) => {
      earlier.set(review, { count, minutes });
      minutes += review.minutes;
    });
  }
  return earlier;
}

/** The user's objective order first, then note order (a project's order runs across the note). */
function byObjectiveThenOrder(objectiveOrder: readonly string[]) {
  const rank = new Map<string, number>();
  for (const id of objectiveOrder) if (!rank.has(id)) rank.set(id, rank.size);
  const rankOf = (project: StoredProject) => rank.get(project.objectiveId) ?? rank.size;
  return (a: StoredProject, b: StoredProject) =>
    rankOf(a) - rankOf(b) || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
