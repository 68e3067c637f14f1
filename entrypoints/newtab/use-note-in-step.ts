import { useEffect, useRef, useState } from 'preact/hooks';
import type { WaymarkDatabase } from '../../lib/db/database';
import type { NoteCheck } from '../../lib/services/note/check-note';
import type { NoteWrite } from '../../lib/services/note/write-back-note';
import { useLiveQuery } from '../../lib/ui/use-live-query';

export interface NoteInStep {
  check: NoteCheck | null;
  write: NoteWrite | null;
  error: unknown;
  /** Looks at the note again now (after a reconnect, or an apply elsewhere). */
  checkNow: () => void;
  forgetWrite: () => void;
}

/**
 * Keeps the linked note in step while this page is open. The keeper and the markdown parser are
 * loaded only once a note is linked, so pages without one never pay for them.
 */
export function useNoteInStep(db: WaymarkDatabase): NoteInStep {
  const linked = useLiveQuery(() => db.noteLink.count(), [db]);
  const isLinked = linked.status === 'ready' && linked.value > 0;
  const [check, setCheck] = useState<NoteCheck | null>(null);
  const [write, setWrite] = useState<NoteWrite | null>(null);
  const [error, setError] = useState<unknown>(null);
  const keeper = useRef<{ checkNow: () => Promise<void> } | null>(null);
  useEffect(() => {
    if (!isLinked) {
      setCheck(null);
      return;
    }
    let stop = () => {};
    let live = true;
    // The plan paints first: the parser and the file wait until the page is idle.
    const idle = new Promise<void>((resolve) =>
      requestIdleCallback(() => resolve(), { timeout: 2000 }),
    );
    void idle
      .then(() =>
        Promise.all([
          import('../../lib/services/note/keep-note-in-step'),
          import('./note-file-port'),
        ]),
      )
      .then(([{ keepNoteInStep }, { noteFilePort }]) => {
        if (!live) return;
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
      })
      .catch((failure: unknown) => live && setError(failure));
    return () => {
      live = false;
      keeper.current = null;
      stop();
    };
  }, [db, isLinked]);
  return {
    check,
    write,
    error,
    checkNow: () => void keeper.current?.checkNow(),
    forgetWrite: () => setWrite(null),
  };
}
