import { addDays } from 'date-fns';
import type { Project } from '../types';
import { dayToEpoch } from './day-index';

/** Keeps the project off every day before `untilDay` (local midnight); its card is untouched. */
export function postponeProject(project: Project, untilDay: string): Project {
  return { ...project, notBefore: dayToEpoch(untilDay) };
}

/** Not today: the project may come back tomorrow. */
export function skipToday(project: Project, today: string): Project {
  return { ...project, notBefore: addDays(dayToEpoch(today), 1).getTime() };
}
