/** Study statistics: heatmap, streaks, minutes per objective, and the report the Stats view shows. */
export { buildStatsReport } from './build-stats-report';
export type { StatsInput, StatsReport, StatsReview, TitledFreshness } from './build-stats-report';
export { HEATMAP_WEEKS, heatLevel, heatmapCells, heatmapWindow } from './heatmap-cells';
export type { HeatLevel, HeatmapCell, HeatmapWeek } from './heatmap-cells';
export { minutesByDay } from './minutes-by-day';
export { minutesPerObjective } from './minutes-per-objective';
export type { MinutesPerObjective, ObjectiveMinutes } from './minutes-per-objective';
export { planProgress } from './plan-progress';
export type { PlanProgress } from './plan-progress';
export { studyStreaks } from './study-streaks';
export type { StudyStreaks } from './study-streaks';
