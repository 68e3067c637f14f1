import { createEmptyCard, fsrs, type Card, type FSRS, type State } from 'ts-fsrs';
import type { MemoryCard, Settings } from '../types';

/** The settings that shape intervals; everything else in Settings only shapes the day plan. */
export type ScheduleSettings = Pick<Settings, 'desiredRetention' | 'maximumIntervalDays'>;

/** ts-fsrs card (Date fields) to the stored shape (epoch ms). */
export function fromFsrsCard(card: Card): MemoryCard {
  const memory: MemoryCard = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as MemoryCard['state'],
  };
  // Leave the key out rather than store undefined, so a round trip is exactly equal.
  if (card.last_review) memory.lastReview = card.last_review.getTime();
  return memory;
}

/** Stored shape back to the ts-fsrs card. */
export function toFsrsCard(card: MemoryCard): Card {
  const converted: Card = {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
  };
  if (card.lastReview !== undefined) converted.last_review = new Date(card.lastReview);
  return converted;
}

/** A never-studied card, due at `now`. */
export function newMemoryCard(now: number): MemoryCard {
  return fromFsrsCard(createEmptyCard(new Date(now)));
}

/** Retention outside this range gives absurd intervals (or a ts-fsrs error), so clamp it. */
function clampRetention(retention: number): number {
  if (!Number.isFinite(retention)) return 0.9;
  return Math.min(0.99, Math.max(0.7, retention));
}

/** At least one day: the planner never schedules a project twice on one day. */
export function clampMaximumInterval(days: number): number {
  if (!Number.isFinite(days)) return 36500;
  return Math.max(1, Math.round(days));
}

const schedulers = new Map<string, FSRS>();

/**
 * One ts-fsrs instance per (retention, max interval); building one is costly and they are
 * stateless once built. Fuzz is off (we load-balance ourselves, seeded) and short-term steps are
 * off: a project session is a day-sized thing, so every interval is a whole number of days >= 1.
 */
export function schedulerFor(settings: ScheduleSettings): FSRS {
  const retention = clampRetention(settings.desiredRetention);
  const maximum = clampMaximumInterval(settings.maximumIntervalDays);
  const key = `${retention}|${maximum}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs({
      request_retention: retention,
      maximum_interval: maximum,
      enable_fuzz: false,
      enable_short_term: false,
    });
    schedulers.set(key, scheduler);
  }
  return scheduler;
}
