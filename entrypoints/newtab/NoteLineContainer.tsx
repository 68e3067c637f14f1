import { useState } from 'preact/hooks';
import { ImportPreview } from '../../components/import/ImportPreview';
import { EstimateConflicts } from '../../components/note/EstimateConflicts';
import { NoteLine, type NoteLineState } from '../../components/note/NoteLine';
import { Notice } from '../../components/Notice';
import { requestNoteAccess } from '../../lib/browser/note-file';
import type { WaymarkDatabase } from '../../lib/db/database';
import { readNoteLink } from '../../lib/db/note-link';
import type { ImportDiff } from '../../lib/domain/roadmap/merge-roadmap';
import { summariseImport, type ImportPreview as Preview } from '../../lib/services/import-roadmap';
import { accessFor, applyNoteChanges, type NoteCheck } from '../../lib/services/note/check-note';
import { putBackNoteVersion } from '../../lib/services/note/put-back-note-version';
import type { NoteWrite } from '../../lib/services/note/write-back-note';
import { describeFailure } from '../../lib/services/user-error';
import { useObjectiveChoice } from './import/use-objective-choice';
import { noteFilePort } from './note-file-port';
import { useNoteInStep } from './use-note-in-step';

/** "2 added, 1 changed": what a change of the note does to the roadmap. */
export function summariseNoteChange(diff: ImportDiff): string {
  const parts = [
    [diff.added.length, 'added'],
    [diff.changed.length, 'changed'],
    [diff.archived.length, 'archived'],
    [diff.conflicts?.length ?? 0, 'estimates changed on both sides'],
  ] as const;
  return parts
    .filter(([count]) => count > 0)
    .map(([count, what]) => `${count} ${what}`)
    .join(', ');
}

/** The line to show: a problem or a write first, then what the last check found. */
function lineState(check: NoteCheck | null, write: NoteWrite | null): NoteLineState | null {
  if (write && write.kind !== 'nothing' && write.kind !== 'off') {
    if (write.kind === 'written') return { ...write, skipped: write.skipped.map(describeSkip) };
    return write;
  }
  if (!check || check.kind === 'unlinked' || check.kind === 'in-step') return null;
  if (check.kind === 'changed')
    return {
      kind: 'changed',
      name: check.name,
      summary: summariseNoteChange(check.preview.merge.diff),
    };
  if (check.kind === 'applied')
    return { kind: 'applied', name: check.name, summary: summariseNoteChange(check.diff) };
  return check;
}

function lineKey(state: NoteLineState): string {
  return JSON.stringify(state);
}

function describeSkip(skip: { title: string; why: string }): string {
  return `‘${skip.title}’ (${skip.why})`;
}

/** The linked note's line and, on request, the preview of its changes. Loaded only once linked. */
export function NoteLineContainer({ db }: { db: WaymarkDatabase }) {
  const note = useNoteInStep(db);
  const [reviewing, setReviewing] = useState<Preview | null>(null);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState<NoteLineState | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choicesOf = useObjectiveChoice(
    db,
    (parsed, next) =>
      setReviewing((shownPreview) => (shownPreview?.parsed === parsed ? next : shownPreview)),
    (failure) => setError(describeFailure(failure)),
  );

  async function act(step: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (failure) {
      setError(describeFailure(failure));
    } finally {
      setBusy(false);
    }
  }

  // A failure of the keeper itself (the database, not the file) says why, like the user's own.
  const shownError = error ?? (note.error === null ? null : describeFailure(note.error));
  const fromKeeper = lineState(note.check, note.write);
  // A dismissed line stays away until it would say something else.
  const state = shown ?? (fromKeeper && lineKey(fromKeeper) !== dismissed ? fromKeeper : null);
  const dismiss = () => {
    setShown(null);
    note.forgetWrite();
    if (fromKeeper) setDismissed(lineKey(fromKeeper));
  };
  return (
    <>
      {shownError && <Notice tone="error">{shownError}</Notice>}
      {state && !reviewing && (
        <NoteLine
          state={state}
          busy={busy}
          onReconnect={() =>
            void act(async () => {
              const link = await readNoteLink(db);
              // The browser asks the user here, inside the click, and nowhere else.
              if (link) await requestNoteAccess(link.handle, accessFor(link));
              note.forgetWrite();
              note.checkNow();
            })
          }
          onReview={() => {
            if (note.check?.kind !== 'changed') return;
            setKept(new Set());
            setReviewing(note.check.preview);
          }}
          onUndoWrite={() =>
            void act(async () => {
              if (note.write?.kind !== 'written') return;
              const result = await putBackNoteVersion(
                db,
                noteFilePort,
                note.write.versionId,
                Date.now(),
                () => crypto.randomUUID(),
              );
              note.forgetWrite();
              setShown(
                result.kind === 'put-back' ? { kind: 'put-back', name: result.name } : result,
              );
              note.checkNow();
            })
          }
          onDismiss={dismiss}
        />
      )}
      {reviewing && (
        <EstimateConflicts
          conflicts={reviewing.merge.diff.conflicts ?? []}
          kept={kept}
          onKeep={(key, keep) =>
            setKept((before) => {
              const next = new Set(before);
              if (keep) next.add(key);
              else next.delete(key);
              return next;
            })
          }
        />
      )}
      {reviewing && (
        <ImportPreview
          title={reviewing.parsed.title}
          source={reviewing.source}
          objectives={summariseImport(reviewing.merge)}
          warnings={reviewing.parsed.warnings}
          diff={reviewing.merge.diff}
          choices={choicesOf(reviewing)}
          busy={busy}
          onConfirm={() =>
            void act(async () => {
              await applyNoteChanges(db, reviewing, Date.now(), kept);
              setReviewing(null);
              setKept(new Set());
              note.checkNow();
            })
          }
          onCancel={() => setReviewing(null)}
        />
      )}
    </>
  );
}
