import type { WaymarkDatabase } from '../db/database';
import { readableObjective, readableProject } from '../db/readable-rows';
import { readSettings } from '../db/settings-repository';
import { readStudiedDays } from '../db/studied-days';
import { dayToEpoch, epochToDay } from '../domain/schedule/day-index';
import { buildStatsReport, type StatsReport } from '../domain/stats/build-stats-report';
import { countedTimes } from '../domain/stats/counted-times';
import { heatmapWindow } from '../domain/stats/heatmap-cells';

/** The Stats view forecasts this many days. */
export const FORECAST_DAYS = 30;

/**
 * Reads what the Stats view shows. Only the heatmap's 53 weeks of reviews are loaded whole
 * (through the `at` index); for streaks, all history is read as the days studied, one cursor step
 * per day, so 50,000 reviews stay cheap. Reviews at times stats do not count (countedTimes) are
 * left in the database.
 */
export async function readStats(db: WaymarkDatabase, now: number): Promise<StatsReport> {
  const since = dayToEpoch(heatmapWindow(epochToDay(now)).from);
  const [[settings, objectives, projects, recent], studiedDays] = await Promise.all([
    db.transaction('r', db.settings, db.objectives, db.projects, db.reviews, () =>
      Promise.all([
        readSettings(db),
        db.objectives.toArray(),
        db.projects.toArray(),
        db.reviews.where('at').between(since, countedTimes().until).toArray(),
      ]),
    ),
    readStudiedDays(db),
  ]);
  return buildStatsReport({
    now,
    settings,
    objectives: objectives.map(readableObjective),
    projects: projects.map(readableProject),
    // Keep only what the stats use, so notes and undo state can be collected.
    recentReviews: recent.map(({ at, minutes, projectId, kind }) => ({
      at,
      minutes,
      projectId,
      kind,
    })),
    studiedDays,
    forecastDays: FORECAST_DAYS,
  });
}
