import { epochToDay } from '../schedule/day-index';
import { forecastMinutes, type ForecastDay } from '../schedule/forecast-minutes';
import { freshnessByObjective, type ObjectiveFreshness } from '../schedule/freshness-by-objective';
import type { Objective, Project, Review, Settings } from '../types';
import { heatmapCells, type HeatmapWeek } from './heatmap-cells';
import { minutesByDay } from './minutes-by-day';
import { minutesPerObjective, type MinutesPerObjective } from './minutes-per-objective';
import { planProgress } from './plan-progress';
import { studyStreaks, type StudyStreaks } from './study-streaks';

/** The fields of a review the stats read; the rest (notes, progress for undo) stay on disk. */
export type StatsReview = Pick<Review, 'at' | 'minutes' | 'projectId' | 'kind'>;

export interface StatsInput {
  now: number;
  settings: Settings;
  /** Every objective and project, archived ones included: old reviews still point at them. */
  objectives: Objective[];
  projects: Project[];
  /** Reviews since the heatmap's first day (heatmapWindow). */
  recentReviews: StatsReview[];
  /** Every local day with a review, oldest first: a streak can be older than the heatmap. */
  studiedDays: string[];
  forecastDays: number;
}

export interface TitledFreshness extends ObjectiveFreshness {
  title: string;
}

export interface StatsReport {
  today: string;
  heatmap: HeatmapWeek[];
  /** Minutes in the heatmap's 53 weeks. */
  heatmapMinutes: number;
  streaks: StudyStreaks;
  /** Over the heatmap's 53 weeks. */
  minutesPerObjective: MinutesPerObjective;
  forecast: ForecastDay[];
  freshness: TitledFreshness[];
}

export function buildStatsReport(input: StatsInput): StatsReport {
  const { now, settings, recentReviews } = input;
  const today = epochToDay(now);
  const heatmap = heatmapCells(minutesByDay(recentReviews), today);
  let heatmapMinutes = 0;
  for (const week of heatmap) for (const cell of week.days) heatmapMinutes += cell?.minutes ?? 0;

  // The forecast plans exactly what the planner plans: live objectives and projects only.
  const objectives = input.objectives.filter((o) => o.archived === 0);
  const projects = input.projects.filter((p) => p.archived === 0);
  const titles = new Map(objectives.map((o) => [o.id, o.title]));
  return {
    today,
    heatmap,
    heatmapMinutes,
    streaks: studyStreaks(input.studiedDays, today, settings),
    minutesPerObjective: minutesPerObjective(recentReviews, input.projects, input.objectives),
    forecast: forecastMinutes(
      { projects, objectives, settings, today, ...planProgress(recentReviews, today) },
      input.forecastDays,
    ),
    freshness: freshnessByObjective(projects, objectives, now, settings).map((row) => ({
      ...row,
      title: titles.get(row.objectiveId) ?? '',
    })),
  };
}
