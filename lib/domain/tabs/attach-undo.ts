import type { AttachVia, Resource } from '../types';

/** One row an attach wrote, and the row it replaced when it updated an existing one. */
export interface AttachUndoEntry {
  resource: Resource;
  previous?: Resource;
}

/** The last attach, kept so the user can take it back (popup Undo, or the shortcut again). */
export interface AttachUndo {
  /** Shown next to Undo, e.g. `“Crafting Interpreters” → “Lox Interpreter”`. */
  summary: string;
  at: number;
  via: AttachVia;
  /** The tab the keyboard command attached, so pressing it again there undoes it. */
  tabId?: number;
  entries: AttachUndoEntry[];
}

/** How long a second press of the attach shortcut undoes the first. */
export const COMMAND_UNDO_MS = 10_000;

/** True when a press of the shortcut on this tab now should undo the previous press. */
export function isCommandUndo(last: AttachUndo | null, tabId: number | undefined, now: number) {
  return (
    last !== null &&
    last.via === 'command' &&
    last.tabId !== undefined &&
    last.tabId === tabId &&
    now >= last.at &&
    now - last.at <= COMMAND_UNDO_MS
  );
}
