import { addDays } from 'date-fns';
import { createEmptyCard, Rating as FsrsRating, type Card, type Grade } from 'ts-fsrs';
import type { MemoryCard, Rating } from '../types';
import { balanceDue, type ReviewLoad } from './balance-due';
import {
  clampMaximumInterval,
  fromFsrsCard,
  schedulerFor,
  toFsrsCard,
  type ScheduleSettings,
} from './fsrs-card';

export const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

const GRADES: Record<Rating, Grade> = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy,
};

function startingCard(card: MemoryCard | undefined, now: number): Card {
  return card ? toFsrsCard(card) : createEmptyCard(new Date(now));
}

/**
 * ts-fsrs adds interval * 24 h, which lands on the wrong calendar day across a DST change near
 * midnight; date-fns addDays keeps the local time of day. It also lets Hard/Easy exceed the
 * maximum interval (it forces again < hard < good < easy), so cap them here.
 */
function settle(card: Card, now: number, settings: ScheduleSettings): MemoryCard {
  const memory = fromFsrsCard(card);
  const days = Math.max(
    1,
    Math.min(memory.scheduledDays, clampMaximumInterval(settings.maximumIntervalDays)),
  );
  return { ...memory, scheduledDays: days, due: addDays(now, days).getTime() };
}

/**
 * When a review of `card` at `now` counts as taking place: never before the card's last review.
 * A card synced from a device whose clock runs ahead can carry a last review later than this
 * device's clock, and FSRS refuses to go back in time.
 */
export function reviewInstant(card: Pick<MemoryCard, 'lastReview'> | undefined, now: number) {
  const last = card?.lastReview;
  return last !== undefined && now < last ? last : now;
}

/** The card after a session rated `rating` at `now`; a missing card counts as never studied. */
export function scheduleNext(
  card: MemoryCard | undefined,
  rating: Rating,
  now: number,
  settings: ScheduleSettings,
): MemoryCard {
  const at = reviewInstant(card, now);
  const result = schedulerFor(settings).next(startingCard(card, at), at, GRADES[rating]);
  return settle(result.card, at, settings);
}

/**
 * What each rating would do, so the rating buttons can show "good: in 12 days". With the other
 * projects' `load`, each card lands where a review with that rating would put it (balanceDue).
 */
export function previewRatings(
  card: MemoryCard | undefined,
  now: number,
  settings: ScheduleSettings,
  load?: ReviewLoad,
): Record<Rating, MemoryCard> {
  const at = reviewInstant(card, now);
  const preview = schedulerFor(settings).repeat(startingCard(card, at), at);
  const land = (rating: Rating) => {
    const settled = settle(preview[GRADES[rating]].card, at, settings);
    return load ? balanceDue(settled, new Map(load)) : settled;
  };
  return { again: land('again'), hard: land('hard'), good: land('good'), easy: land('easy') };
}
