import type { Token } from 'markdown-it';
import type { ParsedProject, TableColumns } from './parsed-roadmap';
import type { ParseContext } from './parse-context';
import type { InlineContent, InlineSegment } from './read-inline';
import { addProject, findOrAddObjective, type ObjectiveScope } from './objective-tree';
import { describeEstimateProblem, readEstimateCell, readTrailingEstimate } from './read-estimate';
import { readBlockInline } from './read-inline';
import { readTaskMarker, stripListMarker } from './read-item-marker';
import { mentionsCheckboxInput } from './mentions-checkbox-input';

const OBJECTIVE_HEADER =
  /\b(?:objective|section|topic|area|goal|phase|module|category|theme|track|stage|milestone)s?\b/i;
const DONE_HEADER = /^(?:checklist|check|done|status|complete|completed|✓|✔|✅)$/i;
const PROJECT_HEADER = /\b(?:project|task|item|name|title|step|skill|course)s?\b/i;
const ESTIMATE_HEADER = /\b(?:effort|estimate[ds]?|est|hours?|hrs)\b/i;
const DONE_VALUE = /^(?:\[[xX]\]|x|✓|✔|✅|yes|done|true)$/i;

interface Row {
  cells: InlineContent[];
  number: number;
  /** 0-based line in the file, front matter included. */
  line: number | undefined;
}

interface Columns {
  objective: number | null;
  done: number | null;
  project: number;
  estimate: number | null;
}

/** Picks the objective, done and project columns from the headers other than `skip`. */
function pickColumns(headers: readonly string[], skip: number): Columns | null {
  const indexes = headers.map((_, index) => index).filter((index) => index !== skip);
  const objectiveAt = indexes.find((index) => OBJECTIVE_HEADER.test(headers[index] ?? ''));
  const doneAt = indexes.find((index) => DONE_HEADER.test(headers[index] ?? ''));
  const others = indexes.filter((index) => index !== objectiveAt && index !== doneAt);
  const named = others.find((index) => PROJECT_HEADER.test(headers[index] ?? ''));
  const project = named ?? others[0];
  if (project === undefined) return null;
  return { objective: objectiveAt ?? null, done: doneAt ?? null, project, estimate: null };
}

/** Picks the objective, done, project and estimate columns from the header names. */
function findColumns(headers: readonly string[]): Columns {
  // An Effort column is set aside first, so `Estimated hours per project` is never the project.
  const estimateAt = headers.findIndex((header) => ESTIMATE_HEADER.test(header));
  const withEstimate = estimateAt < 0 ? null : pickColumns(headers, estimateAt);
  if (withEstimate) return { ...withEstimate, estimate: estimateAt };
  const objectiveAt = headers.findIndex((header) => OBJECTIVE_HEADER.test(header));
  // A table with nothing but an objective-like column lists projects in it.
  return (
    pickColumns(headers, -1) ?? {
      objective: null,
      done: null,
      project: Math.max(objectiveAt, 0),
      estimate: null,
    }
  );
}

function cellText(cell: InlineContent | undefined): string {
  return (
    cell?.segments
      .map((segment) => segment.text)
      .join(' ')
      .trim() ?? ''
  );
}

/** A `- [x] Name` segment as a project; the marker and task box are layout. */
function readSegment(segment: InlineSegment): ParsedProject {
  const text = stripListMarker(segment.text);
  const task = readTaskMarker(text);
  return {
    title: task?.rest ?? text,
    done: task?.done ?? null,
    links: segment.links,
    children: [],
  };
}

function readDone(row: Row, columns: Columns, hasDoneColumn: boolean, task: boolean | null) {
  const checkbox = row.cells.find((cell) => cell.checkbox)?.checkbox;
  if (checkbox) return checkbox.checked;
  if (task !== null) return task;
  if (columns.done !== null) return DONE_VALUE.test(cellText(row.cells[columns.done]));
  // Rows without a box in a table that has them are not done; tables with no boxes say nothing.
  return hasDoneColumn ? false : null;
}

/** The Effort column wins over a trailing `(20h)`, which still leaves the title when usable. */
function readRowEstimate(
  row: Row,
  columns: Columns,
  text: string,
  warn: (message: string) => void,
): { title: string; minutes?: number } {
  const trailing = readTrailingEstimate(text);
  const value = columns.estimate === null ? '' : cellText(row.cells[columns.estimate]);
  const cell = readEstimateCell(value);
  const minutes = cell.minutes ?? trailing.minutes;
  const where = `row ${row.number}: `;
  if (cell.problem) warn(describeEstimateProblem(where, value, cell.problem, minutes));
  if (trailing.problem) warn(describeEstimateProblem(where, text, trailing.problem, minutes));
  return { title: trailing.title, ...(minutes === undefined ? {} : { minutes }) };
}

function readRow(
  row: Row,
  columns: Columns,
  where: TableColumns,
  hasDoneColumn: boolean,
  warn: (message: string) => void,
): ParsedProject | null {
  const [head, ...breakdown] = (row.cells[columns.project]?.segments ?? [])
    .map(readSegment)
    .filter((project) => project.title !== '');
  if (!head) return null;
  // Only the first segment is the project; the rest are its breakdown, so the estimate is its own.
  const estimate = readRowEstimate(row, columns, head.title, warn);
  const checkbox = row.cells.find((cell) => cell.checkbox)?.checkbox;
  // Links in other columns (resources, notes) belong to the row's project, after its own.
  const otherLinks = row.cells
    .filter((_, index) => index !== columns.project && index !== columns.objective)
    .flatMap((cell) => cell.segments.flatMap((segment) => segment.links));
  return {
    title: estimate.title,
    done: readDone(row, columns, hasDoneColumn, head.done),
    links: [...head.links, ...otherLinks],
    children: breakdown,
    ...(checkbox?.id !== undefined ? { checkboxId: checkbox.id } : {}),
    ...(estimate.minutes === undefined ? {} : { estimateMinutes: estimate.minutes }),
    ...(row.line === undefined ? {} : { line: row.line, columns: where }),
  };
}

function tableColumns(columns: Columns): TableColumns {
  return {
    project: columns.project,
    ...(columns.estimate === null ? {} : { estimate: columns.estimate }),
    ...(columns.done === null ? {} : { done: columns.done }),
  };
}

interface RowTokens {
  cells: Token[];
  /** 0-based line within the parsed body. */
  line: number | undefined;
}

/** Collects each row's cell tokens; their inline content is parsed one row at a time later. */
function collectRows(tokens: readonly Token[], start: number): { rows: RowTokens[]; end: number } {
  const rows: RowTokens[] = [];
  let row: RowTokens = { cells: [], line: undefined };
  let end = start + 1;
  for (; end < tokens.length; end++) {
    const token = tokens[end];
    if (!token || token.type === 'table_close') break;
    if (token.type === 'tr_open') row = { cells: [], line: token.map?.[0] };
    else if (token.type === 'inline') row.cells.push(token);
    else if (token.type === 'tr_close') rows.push(row);
  }
  return { rows, end };
}

function readCells(cells: readonly Token[], context: ParseContext): InlineContent[] {
  const read: InlineContent[] = [];
  for (const cell of cells) read.push(readBlockInline(cell, context.env));
  return read;
}

/**
 * Reads the table opening at `start`. A blank objective cell continues the objective above, the
 * way the example note writes it. Returns the index of the table's closing token.
 */
export function readRoadmapTable(tokens: readonly Token[], start: number, context: ParseContext) {
  const { rows, end } = collectRows(tokens, start);
  const [header, ...body] = rows;
  if (!header) return end;
  context.tableCount++;
  const where = context.tableCount > 1 ? `table ${context.tableCount}, ` : '';
  const columns = findColumns(readCells(header.cells, context).map(cellText));
  const hasDoneColumn =
    columns.done !== null ||
    body.some((row) => row.cells.some((cell) => mentionsCheckboxInput(cell.content)));
  // One object for the whole table: 60,000 rows need not hold 60,000 copies.
  const shared = tableColumns(columns);
  let objective: ObjectiveScope | null = null;
  for (const [index, tokens] of body.entries()) {
    const row: Row = {
      cells: readCells(tokens.cells, context),
      number: index + 1,
      line: tokens.line === undefined ? undefined : tokens.line + context.lineOffset,
    };
    const objectiveTitle = columns.objective === null ? '' : cellText(row.cells[columns.objective]);
    if (objectiveTitle !== '') {
      objective = findOrAddObjective(context.tableObjectiveParent(), objectiveTitle);
    }
    const project = readRow(row, columns, shared, hasDoneColumn, (message) => {
      context.warnings.push(`${where}${message}`);
    });
    if (project) {
      addProject(context.tree, objective ?? context.nearestObjective(), project);
    } else {
      const empty = row.cells.every((cell) => cellText(cell) === '' && !cell.checkbox);
      const why = empty ? 'empty row' : 'no project name';
      context.warnings.push(`${where}row ${row.number}: ${why}, skipped`);
    }
  }
  return end;
}
