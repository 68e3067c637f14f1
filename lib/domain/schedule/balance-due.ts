import { addDays } from 'date-fns';
import type { MemoryCard, Project } from '../types';
import { epochToDayIndex } from './day-index';

/** The load balancer may move a review this share of its interval later... */
const WINDOW_SHARE = 0.1;
/** ...but never more than a week, so a long interval does not drift by a month. */
const WINDOW_MAX_DAYS = 7;

/** How many days after its FSRS due day a review may slide to a lighter day (>= 1, capped). */
export function balanceWindowDays(scheduledDays: number): number {
  return Math.min(WINDOW_MAX_DAYS, Math.max(1, Math.round(scheduledDays * WINDOW_SHARE)));
}

/** Reviews due per day (day number), counted from the cards of projects being reviewed. */
export type ReviewLoad = Map<number, number>;

/** The load of every project but `scheduling`, the one whose card is about to move. */
export function reviewLoad(
  projects: readonly Pick<Project, 'id' | 'phase' | 'card'>[],
  scheduling?: string,
): ReviewLoad {
  const load: ReviewLoad = new Map();
  for (const project of projects) {
    if (project.phase !== 'reviewing' || !project.card || project.id === scheduling) continue;
    const day = epochToDayIndex(project.card.due);
    load.set(day, (load.get(day) ?? 0) + 1);
  }
  return load;
}

/**
 * Moves a freshly scheduled card to the day of its window with the fewest reviews due (the
 * earliest such day, so a tie keeps the FSRS day), and counts it in `load`. Done whenever a card
 * is scheduled, in the app and in the simulation alike, so forecasts and stored dates agree.
 */
export function balanceDue(card: MemoryCard, load: ReviewLoad): MemoryCard {
  const due = epochToDayIndex(card.due);
  let best = 0;
  let bestLoad = load.get(due) ?? 0;
  for (let shift = 1; shift <= balanceWindowDays(card.scheduledDays); shift++) {
    const dayLoad = load.get(due + shift) ?? 0;
    if (dayLoad < bestLoad) {
      best = shift;
      bestLoad = dayLoad;
    }
  }
  load.set(due + best, bestLoad + 1);
  if (best === 0) return card;
  return {
    ...card,
    scheduledDays: card.scheduledDays + best,
    due: addDays(card.due, best).getTime(),
  };
}
