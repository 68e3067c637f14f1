/** The scheduling surface: FSRS cards, the day planner, session actions, forecasts. */
export { completeSession, undoReview } from './complete-session';
export type { SessionOutcome, UndoableReview } from './complete-session';
export { dayBudget, largestDayBudget, sessionMinutesOf } from './day-budget';
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
export { freshnessByObjective } from './freshness-by-objective';
export type { ObjectiveFreshness } from './freshness-by-objective';
export { fromFsrsCard, newMemoryCard, toFsrsCard } from './fsrs-card';
export type { ScheduleSettings } from './fsrs-card';
export { planAgenda } from './plan-agenda';
export type { AgendaDay, AgendaSession } from './plan-agenda';
export { balanceWindowDays, planDays } from './plan-days';
export type {
  DayPlan,
  PlanInput,
  PlannedDay,
  PlannedSession,
  UnplaceableSession,
} from './plan-types';
export { postponeProject, skipToday } from './postpone-project';
export { recallProbability } from './recall-probability';
export { rescheduleAll } from './reschedule-all';
export { previewRatings, RATINGS, scheduleNext } from './schedule-next';
export { simulatePlan } from './simulate-plan';
export type { SimulatedDay, SimulationInput } from './simulate-plan';
