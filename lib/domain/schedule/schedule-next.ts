import { addDays } from 'date-fns';
import { createEmptyCard, Rating as FsrsRating, type Card, type Grade } from 'ts-fsrs';
import type { MemoryCard, Rating } from '../types';
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

/** The card after a session rated `rating` at `now`; a missing card counts as never studied. */
export function scheduleNext(
  card: MemoryCard | undefined,
  rating: Rating,
  now: number,
  settings: ScheduleSettings,
): MemoryCard {
  const result = schedulerFor(settings).next(startingCard(card, now), now, GRADES[rating]);
  return settle(result.card, now, settings);
}

/** What each rating would do, so the rating buttons can show "good: in 12 days". */
export function previewRatings(
  card: MemoryCard | undefined,
  now: number,
  settings: ScheduleSettings,
): Record<Rating, MemoryCard> {
  const preview = schedulerFor(settings).repeat(startingCard(card, now), now);
  return {
    again: settle(preview[FsrsRating.Again].card, now, settings),
    hard: settle(preview[FsrsRating.Hard].card, now, settings),
    good: settle(preview[FsrsRating.Good].card, now, settings),
    easy: settle(preview[FsrsRating.Easy].card, now, settings),
  };
}
