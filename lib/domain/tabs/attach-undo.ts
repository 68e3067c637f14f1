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

/** How long the popup offers to undo the last attach. */
export const POPUP_UNDO_MS = 10 * 60_000;

/** `ready`: undo now; `expired`: too long ago; `changed`: a row it wrote is no longer as written. */
export type AttachUndoState = 'ready' | 'expired' | 'changed';

/** The fields an attach writes. When a page was last opened is left out: opening is no change. */
const WRITTEN: ReadonlyArray<keyof Resource> = [
  'id',
  'projectId',
  'url',
  'title',
  'kind',
  'attachedAt',
  'via',
];

/** What the attach left in each row it wrote: its last write, when a batch wrote a page twice. */
function lastWrites(record: AttachUndo): Map<string, Resource> {
  return new Map(record.entries.map(({ resource }) => [resource.id, resource]));
}

/** The ids of the rows an undo has to compare with what the attach wrote. */
export function attachUndoIds(record: AttachUndo): string[] {
  return [...lastWrites(record).keys()];
}

/**
 * Whether the attach can still be taken back at `now`, given the current rows under the ids it
 * wrote. Anything that touched one of them since (a move, a detach, a new title, a restore)
 * makes it `changed`: undoing then would undo someone else's change.
 */
export function checkAttachUndo(
  record: AttachUndo,
  current: ReadonlyMap<string, Resource>,
  now: number,
  maxAgeMs: number,
): AttachUndoState {
  const age = now - record.at;
  if (!(age >= 0 && age <= maxAgeMs)) return 'expired';
  for (const [id, written] of lastWrites(record)) {
    const row = current.get(id);
    if (!row || WRITTEN.some((field) => row[field] !== written[field])) return 'changed';
  }
  return 'ready';
}
