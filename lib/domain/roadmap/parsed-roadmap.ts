import type { Link } from '../types';

/** A roadmap as read from a note, before it meets the database. */
export interface ParsedProject {
  title: string;
  /** null where the item has no checkbox. */
  done: boolean | null;
  links: Link[];
  children: ParsedProject[];
  /** The id of the note's own checkbox (`<input type="checkbox" id="...">`), the best stable key. */
  checkboxId?: string;
  /** Minutes, from a trailing `(20h)` or an Effort column; projects only, never breakdown. */
  estimateMinutes?: number;
  /**
   * 0-based line, in the text as given, of the project's checkbox or task marker: a table row's
   * line, a list item's first line. Projects only, never breakdown.
   */
  line?: number;
  /** A table row's columns (0-based), so the note can be written back in the right cell. */
  columns?: TableColumns;
}

export interface TableColumns {
  project: number;
  estimate?: number;
  done?: number;
}

export interface ParsedObjective {
  title: string;
  objectives?: ParsedObjective[];
  projects: ParsedProject[];
}

export interface ParsedRoadmap {
  title: string | null;
  tags: string[];
  objectives: ParsedObjective[];
  /** Rows or lines skipped, and why, in words a user understands. */
  warnings: string[];
}
