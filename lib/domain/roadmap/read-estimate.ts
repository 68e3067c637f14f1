import { writeEstimate } from './write-estimate';

const MAX_ESTIMATE_HOURS = 10_000;

/**
 * Regular expressions here only ever see a short tail or a short cell, so a crafted note (a
 * `(` and 200,000 spaces) costs nothing: matching stays linear whatever the input.
 */
const WINDOW = 40;
// Written as literals so tests/unit/linear-patterns.test.ts finds and checks them.
const TRAILING = /\(\s*(\d+(?:\.\d+)?)\s*(h|hrs?|hours?|m|mins?|minutes?)\s*\)$/i;
const CELL = /^(\d+(?:\.\d+)?)\s*(h|hrs?|hours?|m|mins?|minutes?)?$/i;
const OUT_OF_RANGE = `an estimate must be more than 0 and at most ${MAX_ESTIMATE_HOURS} hours`;
const UNREADABLE = 'an estimate is written in hours or minutes, like 20h, 1.5 or 90m';

/** What a note says about a project's effort: minutes, or why what it wrote is not an estimate. */
export interface EstimateRead {
  minutes?: number;
  problem?: string;
}

function toMinutes(amount: string, unit: string | undefined): EstimateRead {
  const perUnit = unit === undefined || unit[0]?.toLowerCase() === 'h' ? 60 : 1;
  const minutes = Math.round(Number(amount) * perUnit);
  return minutes >= 1 && minutes <= MAX_ESTIMATE_HOURS * 60
    ? { minutes }
    : { problem: OUT_OF_RANGE };
}

/**
 * Reads a trailing `(20h)`, `(1.5 hours)` or `(90 min)` off a project's text. The title keeps the
 * text when it is not a usable estimate, or when nothing but the estimate was written.
 */
export function readTrailingEstimate(text: string): EstimateRead & { title: string } {
  const tail = text.slice(-WINDOW);
  const match = TRAILING.exec(tail);
  const title = match ? text.slice(0, text.length - match[0].length).trimEnd() : '';
  if (!match?.[1] || title === '') return { title: text };
  const read = toMinutes(match[1], match[2]);
  return read.minutes === undefined ? { ...read, title: text } : { ...read, title };
}

/**
 * Where a trailing `(20h)` starts in `text` (its opening parenthesis), whether or not its amount
 * is in range; -1 when the text ends in none. Only a short tail is searched, as when reading.
 */
export function trailingEstimateStart(text: string): number {
  const from = Math.max(0, text.length - WINDOW);
  const match = TRAILING.exec(text.slice(from));
  return match ? from + match.index : -1;
}

/** Reads an Effort column's `20h`, `20 h`, `1.5` or `90 min`; a bare number is hours. */
export function readEstimateCell(text: string): EstimateRead {
  // No digit, as in `-`, `?` or `TBD`, says nothing; digits mean the user wrote an amount.
  if (!/\d/.test(text)) return {};
  const match = text.length > WINDOW ? null : CELL.exec(text);
  return match?.[1] ? toMinutes(match[1], match[2]) : { problem: UNREADABLE };
}

/** The warning for an estimate that was not read, saying what is used instead. */
export function describeEstimateProblem(
  where: string,
  text: string,
  problem: string,
  used: number | undefined,
): string {
  const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  const instead = used === undefined ? 'the default is used' : `${writeEstimate(used)} is used`;
  return `${where}"${shown}": ${problem}; ${instead}`;
}
