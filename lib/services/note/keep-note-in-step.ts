import type { WaymarkDatabase } from '../../db/database';
import { watchQuietly } from '../../db/watch-quietly';
import { checkNote, type NoteCheck } from './check-note';
import type { NoteFilePort } from './note-file-port';
import { writeBackNote, type NoteWrite } from './write-back-note';

/** How often an open Waymark page looks at the note's last-modified time. */
export const NOTE_CHECK_INTERVAL_MS = 60_000;

/** Progress is written back once changes to it have been quiet this long. */
const WRITE_QUIET_MS = 1_500;

export interface NoteKeeperDeps {
  db: WaymarkDatabase;
  file: NoteFilePort;
  now: () => number;
  newId: () => string;
  onCheck: (check: NoteCheck) => void;
  onWrite: (write: NoteWrite) => void;
  onError: (error: unknown) => void;
}

/**
 * Keeps the linked note and Waymark in step while a Waymark page is open: looks at the note now
 * and every minute, and writes progress back a moment after it changes (in this page or any other
 * context, sync included). Checks and writes of every page take turns on the note.
 */
export function keepNoteInStep(deps: NoteKeeperDeps) {
  const { db, file } = deps;
  const checkNow = () =>
    file
      .exclusive(() => checkNote(db, file, deps.now()))
      .then(deps.onCheck)
      .catch(deps.onError);
  void checkNow();
  const interval = setInterval(() => void checkNow(), NOTE_CHECK_INTERVAL_MS);
  const stopWatching = watchQuietly(
    db,
    ['projects', 'noteLink'],
    WRITE_QUIET_MS,
    () => writeBackNote(db, file, deps.now(), deps.newId),
    deps.onWrite,
    deps.onError,
  );
  return {
    checkNow,
    stop: () => {
      clearInterval(interval);
      stopWatching();
    },
  };
}
