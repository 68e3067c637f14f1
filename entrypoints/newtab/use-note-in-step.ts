import { useEffect, useRef, useState } from 'preact/hooks';
import type { WaymarkDatabase } from '../../lib/db/database';
import { keepNoteInStep } from '../../lib/services/note/keep-note-in-step';
import type { NoteCheck } from '../../lib/services/note/check-note';
import type { NoteWrite } from '../../lib/services/note/write-back-note';
import { noteFilePort } from './note-file-port';

export interface NoteInStep {
  check: NoteCheck | null;
  write: NoteWrite | null;
  error: unknown;
  /** Looks at the note again now (after a reconnect, or an apply elsewhere). */
  checkNow: () => void;
  forgetWrite: () => void;
}

/**
 * Keeps the linked note in step while this page is open. Mounted only while a note is linked
 * (NoteSlot loads it), so pages without one never load the keeper.
 */
export function useNoteInStep(db: WaymarkDatabase): NoteInStep {
  const [check, setCheck] = useState<NoteCheck | null>(null);
  const [write, setWrite] = useState<NoteWrite | null>(null);
  const [error, setError] = useState<unknown>(null);
  const keeper = useRef<{ checkNow: () => Promise<void> } | null>(null);
  useEffect(() => {
    let stop = () => {};
    let live = true;
    // The plan paints first: the keeper's first look at the note waits until the page is idle.
    const idle = requestIdleCallback(
      () => {
        const started = keepNoteInStep({
          db,
          file: noteFilePort,
          now: Date.now,
          newId: () => crypto.randomUUID(),
          onCheck: (next) => live && setCheck(next),
          onWrite: (next) =>
            live && next.kind !== 'nothing' && next.kind !== 'off' && setWrite(next),
          onError: (failure) => live && setError(failure),
        });
        keeper.current = started;
        stop = started.stop;
      },
      { timeout: 2000 },
    );
    return () => {
      live = false;
      cancelIdleCallback(idle);
      keeper.current = null;
      stop();
    };
  }, [db]);
  return {
    check,
    write,
    error,
    checkNow: () => void keeper.current?.checkNow(),
    forgetWrite: () => setWrite(null),
  };
}
