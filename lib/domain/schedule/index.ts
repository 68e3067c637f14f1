/** The scheduling surface: FSRS cards, the day planner, session actions, forecasts. */
export { balanceDue, balanceWindowDays, reviewLoad } from './balance-due';
export type { ReviewLoad } from './balance-due';
export { completeBuildSession, completeReview, progressOf, undoSession } from './complete-session';
export type { BuildOutcome, ReviewOutcome } from './complete-session';
export { dayBudget, largestDayBudget, reviewMinutesOf, sessionMinutesOf } from './day-budget';
export { estimateOf, MAX_ESTIMATE_MINUTES, MIN_SESSION_MINUTES, raisedEstimate } from './effort';
export {
  dayToEpoch,
  dayToIndex,
  epochToDay,
  epochToDayIndex,
  indexToDay,
  isDayString,
} from './day-index';
export { forecastMinutes } from './forecast-minutes';
export type { ForecastDay } from './forecast-minutes';
export { forecastRoadmap } from './forecast-roadmap';
export type { ObjectiveOutlook, RoadmapForecast } from './forecast-roadmap';
export { freshnessByObjective } from './freshness-by-objective';
export type { ObjectiveFreshness } from './freshness-by-objective';
export { fromFsrsCard, newMemoryCard, toFsrsCard } from './fsrs-card';
export type { ScheduleSettings } from './fsrs-card';
export { minutesNeeded, targetStatus } from './objective-targets';
export type { TargetStatus } from './objective-targets';
export { planAgenda } from './plan-agenda';
export type { AgendaDay, AgendaSession } from './plan-agenda';
export { finishedCard, spreadFirstReviews } from './learned-card';
export { planDays } from './plan-days';
export type {
  DayPlan,
  PlanInput,
  PlannedDay,
  PlannedSession,
  UnplaceableSession,
} from './plan-types';
export { postponeProject, skipToday } from './postpone-project';
export { markBuilt, putBack, reopenProject, startNow } from './project-phase';
export { settleImportedPhases } from './settle-imported-phases';
export { recallProbability } from './recall-probability';
export { rescheduleAll } from './reschedule-all';
export { previewRatings, RATINGS, scheduleNext } from './schedule-next';
export { simulatePlan } from './simulate-plan';
export { FORECAST_MAX_DAYS } from './simulate-plan';
export type {
  ObjectiveForecast,
  ProjectForecast,
  SimulatedDay,
  Simulation,
  SimulationInput,
} from './simulate-plan';
