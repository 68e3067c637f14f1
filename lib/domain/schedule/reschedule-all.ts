import { addDays } from 'date-fns';
import type { Project, Settings } from '../types';
import { clampMaximumInterval, schedulerFor } from './fsrs-card';
import { isStudied } from './recall-probability';

/**
 * After retention or the maximum interval changes: every studied card keeps its memory
 * (stability, difficulty, last review) and gets the interval the new settings give that
 * stability, counted from its last review. A due date that moves into the past just makes the
 * project due now. Unchanged projects are returned as the same objects, so a caller can write
 * only the rows that changed.
 */
export function rescheduleAll(
  projects: readonly Project[],
  settings: Pick<Settings, 'desiredRetention' | 'maximumIntervalDays'>,
  now: number,
): Project[] {
  const scheduler = schedulerFor(settings);
  const maximum = clampMaximumInterval(settings.maximumIntervalDays);
  return projects.map((project) => {
    const card = project.card;
    // Only a done project is reviewed; a card kept by a reopened one waits until it is done again.
    if (project.phase !== 'reviewing' || !isStudied(card)) return project;
    const elapsed = Math.max(0, Math.floor((now - card.lastReview) / 86_400_000));
    const days = Math.max(1, Math.min(maximum, scheduler.next_interval(card.stability, elapsed)));
    const due = addDays(card.lastReview, days).getTime();
    if (due === card.due && days === card.scheduledDays) return project;
    return { ...project, card: { ...card, scheduledDays: days, due } };
  });
}
