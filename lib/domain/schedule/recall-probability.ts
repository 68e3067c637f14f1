import { computeDecayFactor } from 'ts-fsrs';
import type { MemoryCard } from '../types';
import { schedulerFor, type ScheduleSettings } from './fsrs-card';

const MS_PER_DAY = 86_400_000;

/** Whether the card has a memory to decay: studied at least once in the app. */
export function isStudied(
  card: MemoryCard | undefined,
): card is MemoryCard & { lastReview: number } {
  return card !== undefined && card.state !== 0 && card.lastReview !== undefined;
}

export type RecallCurve = (stability: number, elapsedDays: number) => number;

/**
 * The FSRS forgetting curve R(t, S) = (1 + factor * t / S) ^ decay for the scheduler's weights,
 * with decay and factor worked out once (ts-fsrs recomputes them on every call, which showed up
 * in the forecast profile).
 */
export function recallCurve(settings: ScheduleSettings): RecallCurve {
  const { decay, factor } = computeDecayFactor(schedulerFor(settings).parameters.w);
  return (stability, elapsedDays) =>
    elapsedDays <= 0 ? 1 : Math.pow(1 + (factor * elapsedDays) / Math.max(stability, 0.001), decay);
}

/** Predicted recall after `elapsedDays` (fractional is fine) for a card of this stability. */
function recallAfterDays(
  stability: number,
  elapsedDays: number,
  settings: ScheduleSettings,
): number {
  return recallCurve(settings)(stability, elapsedDays);
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
