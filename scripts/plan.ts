/**
 * Plays a study plan forward from a roadmap note, for trying settings out and for tests.
 *
 *   npm run --silent plan -- <roadmap.md> --from YYYY-MM-DD [--days N] [--minutes-per-day M]
 *     [--session-minutes S] [--review-minutes R] [--effort-hours H] [--in-progress K]
 *     [--rest-days sat,sun] [--rating again|hard|good|easy] [--missed YYYY-MM-DD..YYYY-MM-DD]...
 *
 * The note is imported in memory on --from, then the plan is played forward: the simulated user
 * does every planned session, a project is done when its build minutes reach its estimate, and
 * reviews are rated --rating (default good). On a --missed day the user does nothing; such a day
 * is printed with no sessions and 0 minutes (what was done, not what was planned), and the
 * planner has to recover on the days after. `days` lists the --days days (default 14);
 * `projects` and `objectives` are the forecast, played on until every project is built (at most
 * ten years). Options left out take DEFAULT_SETTINGS; estimates written in the note win over
 * --effort-hours. Output is JSON on stdout, the same for the same input. Bad input exits 1 with
 * one `error: ...` line on stderr.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeRoadmapFile } from '../lib/domain/roadmap/decode-roadmap-file';
import { mergeRoadmap } from '../lib/domain/roadmap/merge-roadmap';
import { parseRoadmap } from '../lib/domain/roadmap/parse-roadmap';
import {
  dayToEpoch,
  dayToIndex,
  estimateOf,
  indexToDay,
  isDayString,
  MAX_ESTIMATE_MINUTES,
  settleImportedPhases,
  simulatePlan,
} from '../lib/domain/schedule';
import { DEFAULT_SETTINGS, type Rating, type Settings } from '../lib/domain/types';

class UsageError extends Error {}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const RATING_NAMES: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

function wholeNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(`--${name} must be a whole number >= ${min}, got "${value}"`);
  }
  return Number(value);
}

function effortHours(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const hours = /^\d{1,6}(?:\.\d{1,3})?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(hours > 0 && hours * 60 <= MAX_ESTIMATE_MINUTES)) {
    throw new UsageError(
      `--effort-hours must be a number of hours above 0 and at most ${MAX_ESTIMATE_MINUTES / 60}, got "${value}"`,
    );
  }
  return hours;
}

function restDays(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') return [];
  return value.split(',').map((part) => {
    const name = part.trim().toLowerCase();
    const index = WEEKDAYS.findIndex(
      (day) => name === day || (name.length > 3 && day === name.slice(0, 3)),
    );
    if (index < 0)
      throw new UsageError(`--rest-days: unknown weekday "${part}" (use sun,mon,...,sat)`);
    return index;
  });
}

function day(name: string, value: string): string {
  if (!isDayString(value)) throw new UsageError(`--${name}: "${value}" is not a YYYY-MM-DD date`);
  return value;
}

function missedDays(values: string[] | undefined): Set<string> {
  const missed = new Set<string>();
  for (const value of values ?? []) {
    const [from = '', to = from, extra] = value.split('..');
    if (extra !== undefined) throw new UsageError(`--missed: "${value}" is not FROM..TO`);
    const start = dayToIndex(day('missed', from));
    const end = dayToIndex(day('missed', to));
    if (end < start) throw new UsageError(`--missed: "${value}" ends before it starts`);
    for (let index = start; index <= end; index++) missed.add(indexToDay(index));
  }
  return missed;
}

function run(argv: string[]): string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        from: { type: 'string' },
        days: { type: 'string' },
        'minutes-per-day': { type: 'string' },
        'session-minutes': { type: 'string' },
        'review-minutes': { type: 'string' },
        'effort-hours': { type: 'string' },
        'in-progress': { type: 'string' },
        'rest-days': { type: 'string' },
        rating: { type: 'string' },
        missed: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs reads "--days -3" as a missing value; say what the user actually did.
    const negative = /Option '--([\w-]+)' argument is ambiguous/.exec(message);
    if (negative) throw new UsageError(`--${negative[1]} must be a whole number, not negative`);
    throw new UsageError(message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length ? 'give exactly one roadmap file' : 'missing roadmap file',
    );
  }
  const file = positionals[0] as string;
  if (values.from === undefined) throw new UsageError('missing --from YYYY-MM-DD');
  const from = day('from', values.from);
  const days = wholeNumber('days', values.days, 1) ?? 14;
  if (days > 3660) throw new UsageError('--days must be at most 3660');
  const minutes = wholeNumber('minutes-per-day', values['minutes-per-day'], 0);
  const rating = (values.rating ?? 'good').toLowerCase() as Rating;
  if (!RATING_NAMES.includes(rating)) {
    throw new UsageError(`--rating must be again, hard, good or easy, got "${values.rating}"`);
  }
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    minutesPerWeekday:
      minutes === undefined
        ? DEFAULT_SETTINGS.minutesPerWeekday
        : [minutes, minutes, minutes, minutes, minutes, minutes, minutes],
    restDays: restDays(values['rest-days']) ?? DEFAULT_SETTINGS.restDays,
    defaultSessionMinutes:
      wholeNumber('session-minutes', values['session-minutes'], 1) ??
      DEFAULT_SETTINGS.defaultSessionMinutes,
    reviewMinutes:
      wholeNumber('review-minutes', values['review-minutes'], 1) ?? DEFAULT_SETTINGS.reviewMinutes,
    defaultEffortHours: effortHours(values['effort-hours']) ?? DEFAULT_SETTINGS.defaultEffortHours,
    inProgress: wholeNumber('in-progress', values['in-progress'], 1) ?? DEFAULT_SETTINGS.inProgress,
  };
  const missed = missedDays(values.missed);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  let counter = 0;
  const merged = mergeRoadmap(
    parseRoadmap(decodeRoadmapFile(bytes)),
    { objectives: [], projects: [] },
    { roadmapId: 'roadmap-1', newId: () => `id-${++counter}` },
  );
  const objectives = merged.objectives;
  const projects = settleImportedPhases(merged.projects, dayToEpoch(from, 12), settings);

  const simulation = simulatePlan({
    projects,
    objectives,
    settings,
    today: from,
    days,
    rating,
    missed,
    until: 'end',
  });
  const titles = new Map(projects.map((p) => [p.id, p]));
  const objectiveTitles = new Map(objectives.map((o) => [o.id, o.title]));
  const output = {
    days: simulation.days.map((simulated) => ({
      date: simulated.date,
      minutes: simulated.minutes,
      sessions: simulated.sessions.map((session) => {
        const project = titles.get(session.projectId);
        return {
          project: project?.title ?? session.projectId,
          objective: objectiveTitles.get(project?.objectiveId ?? '') ?? '',
          minutes: session.minutes,
          kind: session.kind,
        };
      }),
    })),
    projects: simulation.projects.map((forecast) => {
      const project = titles.get(forecast.projectId) as (typeof projects)[number];
      return {
        project: project.title,
        objective: objectiveTitles.get(project.objectiveId) ?? '',
        effortMinutes: estimateOf(project, settings),
        start: forecast.start,
        done: forecast.done,
      };
    }),
    objectives: simulation.objectives.map((forecast) => ({
      objective: objectiveTitles.get(forecast.objectiveId) ?? '',
      done: forecast.done,
    })),
  };
  return JSON.stringify(output, null, 2);
}

try {
  process.stdout.write(`${run(process.argv.slice(2))}\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(1);
}
