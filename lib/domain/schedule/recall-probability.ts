import type { MemoryCard } from '../types';
import { schedulerFor, type ScheduleSettings } from './fsrs-card';

const MS_PER_DAY = 86_400_000;

/** Whether the card has a memory to decay: studied at least once in the app. */
export function isStudied(card: MemoryCard | undefined): card is MemoryCard & { lastReview: number } {
  return card !== undefined && card.state !== 0 && card.lastReview !== undefined;
}

/** Predicted recall after `elapsedDays` (fractional is fine) for a card of this stability. */
export function recallAfterDays(
  stability: number,
  elapsedDays: number,
  settings: ScheduleSettings,
): number {
  if (elapsedDays <= 0) return 1;
  return schedulerFor(settings).forgetting_curve(elapsedDays, Math.max(stability, 0.001));
}

/**
 * Predicted probability of recall at `now` (0..1), the "freshness" shown in the UI. A project
 * never studied has nothing to recall: 0. Time is continuous here (hours count), unlike the
 * planner, which thinks in whole days.
 */
export function recallProbability(
  card: MemoryCard | undefined,
  now: number,
  settings: ScheduleSettings,
): number {
  if (!isStudied(card)) return 0;
  return recallAfterDays(card.stability, (now - card.lastReview) / MS_PER_DAY, settings);
}
