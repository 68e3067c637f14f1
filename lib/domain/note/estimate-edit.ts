import type { TableColumns } from '../roadmap/parsed-roadmap';
import { readEstimateCell, trailingEstimateStart } from '../roadmap/read-estimate';
import { splitTableRow } from './split-table-row';
import type { TextEdit } from './text-edit';

/** The most a note's estimate may say, as read-estimate reads it. */
const MAX_MINUTES = 10_000 * 60;

/** Whole minutes within what a note's estimate may say. */
export function isNoteEstimate(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES;
}

/** Whole hours as `20h`, anything else as minutes, `90m`: both read back exactly. */
function formatEstimate(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
}

/** Where the first `<br>` of a cell starts, which ends the project's own text; else `end`. */
function segmentEnd(text: string, start: number, end: number): number {
  const br = /<br[\s/>]/i.exec(text.slice(start, end));
  let at = br ? start + br.index : end;
  while (at > start && /[ \t]/.test(text[at - 1] ?? '')) at--;
  return at;
}

/** Replaces the amount inside a trailing `(20h)`, or adds ` (20h)` at the end of the text. */
function trailingEdit(text: string, start: number, end: number, written: string): TextEdit {
  const open = trailingEstimateStart(text.slice(start, end));
  if (open < 0) return { from: end, to: end, insert: ` (${written})` };
  return { from: start + open + 1, to: end - 1, insert: written };
}

/**
 * The edit that makes the project at `line` read `minutes`: an Effort cell when the row has one
 * (unless it is blank and the project's own text ends in an estimate), else the project's own
 * trailing `(20h)`, added when missing.
 */
export function estimateEdit(
  text: string,
  line: { start: number; end: number },
  columns: TableColumns | undefined,
  minutes: number,
): TextEdit {
  const written = formatEstimate(minutes);
  if (!columns) {
    let end = line.end;
    while (end > line.start && /[ \t]/.test(text[end - 1] ?? '')) end--;
    return trailingEdit(text, line.start, end, written);
  }
  const cells = splitTableRow(text, line.start, line.end);
  const project = cells[columns.project];
  const effort = columns.estimate === undefined ? undefined : cells[columns.estimate];
  const own = project && segmentEnd(text, project.start, project.end);
  const ownEstimate =
    project !== undefined &&
    own !== undefined &&
    trailingEstimateStart(text.slice(project.start, own)) >= 0;
  const effortSays = effort && readEstimateCell(text.slice(effort.start, effort.end));
  if (effort && (effortSays?.minutes !== undefined || effortSays?.problem || !ownEstimate)) {
    return { from: effort.start, to: effort.end, insert: written };
  }
  const start = project?.start ?? line.end;
  return trailingEdit(text, start, own ?? line.end, written);
}
