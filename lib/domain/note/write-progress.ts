import type { KeyedProject } from '../roadmap/project-keys';
import { parseRoadmap } from '../roadmap/parse-roadmap';
import { projectKeys } from '../roadmap/project-keys';
import { checkboxTagEdits, findCheckboxTag } from './checkbox-tag-edit';
import { estimateEdit, isNoteEstimate } from './estimate-edit';
import { lineSpans } from './line-spans';
import { splitTableRow } from './split-table-row';
import { taskMarkerAt } from './task-marker-at';
import { applyEdits, type TextEdit } from './text-edit';

/** What Waymark wants the note to say about one project; an absent field is left as it is. */
export interface NoteProgress {
  key: string;
  title: string;
  done?: boolean;
  estimateMinutes?: number;
}

export interface NoteWriteResult {
  /** The note with only the needed characters changed. */
  text: string;
  written: { key: string; title: string; what: ('done' | 'estimate')[] }[];
  /** Changes left out, `why` in the user's words. */
  skipped: { key: string; title: string; why: string }[];
}

type Skipped = NoteWriteResult['skipped'][number];

const NOT_IN_NOTE = 'not in the note';
const NO_CHECKBOX = 'no checkbox in the note';
const BAD_ESTIMATE = 'an estimate the note cannot hold';
const UNSAFE = 'its line in the note could not be changed safely';

interface Planned {
  change: NoteProgress;
  edits: TextEdit[];
  what: ('done' | 'estimate')[];
}

interface Line {
  start: number;
  end: number;
}

/** Sets the character of a task box, `[ ]` to `[x]` and back; a ticked `[X]` stays. */
function taskBoxEdits(text: string, box: number, done: boolean): TextEdit[] {
  const mark = text[box + 1];
  if (done === (mark !== ' ')) return [];
  return [{ from: box + 1, to: box + 2, insert: done ? 'x' : ' ' }];
}

/** The edits that set the project's box, or null when its line has none the parser reads. */
function doneEdits(text: string, line: Line, project: KeyedProject, done: boolean) {
  if (!project.columns) {
    const box = taskMarkerAt(text, line.start, line.end, true);
    if (box >= 0) return taskBoxEdits(text, box, done);
    const tag = findCheckboxTag(text, line.start, line.end);
    return tag ? checkboxTagEdits(text, tag, done) : null;
  }
  const tag = findCheckboxTag(text, line.start, line.end);
  // A row's box is its first checkbox input, else a task box before the project, else a Done cell.
  if (tag) return checkboxTagEdits(text, tag, done);
  const cells = splitTableRow(text, line.start, line.end);
  const cell = cells[project.columns.project];
  const box = cell ? taskMarkerAt(text, cell.start, cell.end, false) : -1;
  if (box >= 0) return taskBoxEdits(text, box, done);
  const doneCell = project.columns.done === undefined ? undefined : cells[project.columns.done];
  if (doneCell && /^\[[ xX]\]$/.test(text.slice(doneCell.start, doneCell.end))) {
    return taskBoxEdits(text, doneCell.start, done);
  }
  return null;
}

function plan(
  text: string,
  line: Line,
  project: KeyedProject,
  change: NoteProgress,
  estimates: boolean,
  skip: (why: string) => void,
): Planned | null {
  const edits: TextEdit[] = [];
  const what: Planned['what'] = [];
  if (change.done !== undefined && change.done !== project.done) {
    const found = doneEdits(text, line, project, change.done);
    if (found) {
      edits.push(...found);
      what.push('done');
    } else skip(NO_CHECKBOX);
  }
  const minutes = change.estimateMinutes;
  if (estimates && minutes !== undefined && minutes !== project.estimateMinutes) {
    if (isNoteEstimate(minutes)) {
      edits.push(estimateEdit(text, line, project.columns, minutes));
      what.push('estimate');
    } else skip(BAD_ESTIMATE);
  }
  return what.length > 0 ? { change, edits, what } : null;
}

/** Keys whose project does not read back as planned, or null when the note no longer parses. */
function misread(
  text: string,
  before: ReadonlyMap<string, KeyedProject>,
  planned: readonly Planned[],
): Set<string> | null {
  let after: Map<string, KeyedProject>;
  try {
    after = projectKeys(parseRoadmap(text));
  } catch {
    return null;
  }
  if (after.size !== before.size) return null;
  const byKey = new Map(planned.map((entry) => [entry.change.key, entry]));
  const wrong = new Set<string>();
  for (const [key, was] of before) {
    const now = after.get(key);
    const entry = byKey.get(key);
    const done = entry?.what.includes('done') ? entry.change.done : was.done;
    const estimate = entry?.what.includes('estimate')
      ? entry.change.estimateMinutes
      : was.estimateMinutes;
    if (
      !now ||
      now.done !== done ||
      now.estimateMinutes !== estimate ||
      now.title !== was.title ||
      now.checkboxId !== was.checkboxId
    ) {
      if (!entry) return null;
      wrong.add(key);
    }
  }
  return wrong;
}

/**
 * Writes done boxes (and, when allowed, estimates) into a note, changing only the characters that
 * say them: every other byte (BOM, line endings, front matter, padding) stays. What it writes is
 * read back; a change that would not read back as wanted, or would disturb another project, is
 * skipped rather than written.
 */
export function writeProgressToNote(
  text: string,
  wanted: readonly NoteProgress[],
  options: { estimates: boolean },
): NoteWriteResult {
  const projects = projectKeys(parseRoadmap(text));
  const lines = lineSpans(text);
  const skipped: Skipped[] = [];
  // A key asked for twice takes its last change.
  const changes = new Map(wanted.map((change) => [change.key, change]));
  let planned: Planned[] = [];
  for (const change of changes.values()) {
    const skip = (why: string) => skipped.push({ key: change.key, title: change.title, why });
    const project = projects.get(change.key);
    const line = project?.line === undefined ? undefined : lines[project.line];
    if (!project || !line) {
      skip(NOT_IN_NOTE);
      continue;
    }
    const entry = plan(text, line, project, change, options.estimates, skip);
    if (entry) planned.push(entry);
  }
  const unsafe = (entry: Planned): Skipped => ({
    key: entry.change.key,
    title: entry.change.title,
    why: UNSAFE,
  });
  // Two reads back at most: the first drops changes that misread, the second confirms the rest.
  for (let round = 0; round < 2 && planned.length > 0; round++) {
    const written = applyEdits(
      text,
      planned.flatMap((entry) => entry.edits),
    );
    const wrong = misread(written, projects, planned);
    if (wrong?.size === 0) {
      return {
        text: written,
        written: planned.map(({ change, what }) => ({
          key: change.key,
          title: change.title,
          what,
        })),
        skipped,
      };
    }
    const drop = (entry: Planned) => !wrong || wrong.has(entry.change.key);
    skipped.push(...planned.filter(drop).map(unsafe));
    planned = planned.filter((entry) => !drop(entry));
  }
  skipped.push(...planned.map(unsafe));
  return { text, written: [], skipped };
}
