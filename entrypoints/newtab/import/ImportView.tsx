import { useEffect, useRef, useState } from 'preact/hooks';
import { DataActions } from '../../../components/import/DataActions';
import { ImportPreview } from '../../../components/import/ImportPreview';
import { ImportSource } from '../../../components/import/ImportSource';
import { NoteLinkUnavailable } from '../../../components/import/NoteLinkUnavailable';
import { NoteLinkSection } from '../../../components/import/NoteLinkSection';
import { RestoreOffer } from '../../../components/import/RestoreOffer';
import { ConsentNotice } from '../../../components/ConsentNotice';
import { Notice } from '../../../components/Notice';
import { createBackupStore } from '../../../lib/db/backup-store';
import { canLinkNoteFiles, pickNoteFile, readNoteFile } from '../../../lib/browser/note-file';
import type { WaymarkDatabase } from '../../../lib/db/database';
import { readNoteLink } from '../../../lib/db/note-link';
import {
  MAX_ROADMAP_BYTES,
  TOO_LARGE_MESSAGE,
} from '../../../lib/domain/roadmap/decode-roadmap-file';
import { backupDatabase } from '../../../lib/services/backup-database';
import {
  BackupError,
  MAX_BACKUP_BYTES,
  type CheckedBackup,
} from '../../../lib/services/backup-format';
import { checkStoredRows } from '../../../lib/services/checked-copy';
import { exportRoadmap } from '../../../lib/services/export-roadmap';
import {
  applyImport,
  previewParsedImport,
  summariseImport,
  type ImportPreview as Preview,
} from '../../../lib/services/import-roadmap';
import { importAndLinkNote, type PickedNote } from '../../../lib/services/note/link-note';
import { readBackup, summariseBackup } from '../../../lib/services/restore-backup';
import { UncopiedDataError, type RestoreOptions } from '../../../lib/services/safety-copy';
import { describeFailure } from '../../../lib/services/user-error';
import { downloadFile } from '../../../lib/ui/download-file';
import { useLiveQuery } from '../../../lib/ui/use-live-query';
import { restoreActions } from '../restore-actions';
import { useSyncEnabled } from '../use-sync-enabled';
import './import-view.css';
import { NoteRefusedError, parseOffMainThread } from './parse-off-main-thread';
import { useObjectiveChoice } from './use-objective-choice';
import type { ParseRequest } from './parse-protocol';

/** A restore or undo Waymark stopped short of, which the user may still let go ahead. */
interface Consent {
  message: string;
  confirm: string;
  go: () => void;
}

type Stage =
  | { kind: 'choose' }
  /** `picked`: the note file to link once the import is confirmed. */
  | { kind: 'preview'; preview: Preview; picked?: PickedNote }
  | { kind: 'restore'; backup: CheckedBackup; fileName: string };

const OPEN_BRACE = 0x7b;

/** Backups are JSON objects; notes never start with a brace. */
function startsLikeBackup(bytes: Uint8Array): boolean {
  const first = bytes.find(
    (byte) =>
      byte !== 0x20 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x09 &&
      byte !== 0xef &&
      byte !== 0xbb &&
      byte !== 0xbf,
  );
  return first === OPEN_BRACE;
}

function decodeBackup(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BackupError('not a Waymark backup file');
  }
}

function kilobytes(size: number): number {
  return Math.max(1, Math.round(size / 1024));
}

/**
 * Import, re-import, backup, restore and markdown export. Loaded on demand, so the markdown parser
 * and dexie-export-import never weigh on the first screen; parsing runs in a worker.
 */
export function ImportView({ db, onClose }: { db: WaymarkDatabase; onClose: () => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [working, setWorking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  // Right after a restore, the data it replaced is one click away.
  const [undoable, setUndoable] = useState(false);
  const [consent, setConsent] = useState<Consent | null>(null);
  const [restore] = useState(() => restoreActions(db, createBackupStore()));
  const syncOn = useSyncEnabled();
  const roadmaps = useLiveQuery(() => db.roadmaps.count(), [db]);
  const lastImport = useLiveQuery(
    () =>
      db.roadmaps
        .toCollection()
        .first()
        .then((row) => (row ? { source: row.source, importedAt: row.importedAt } : null)),
    [db],
  );
  const noteLink = useLiveQuery(async () => (await readNoteLink(db)) ?? null, [db]);
  const current = useRef<AbortController | null>(null);
  // The latest objectives-left-out choice asked for in the preview.
  // Not a `run` step: the checkboxes stay enabled, so keyboard focus stays where it was.
  const choicesOf = useObjectiveChoice(
    db,
    (parsed, next) =>
      setStage((stage) =>
        stage.kind === 'preview' && stage.preview.parsed === parsed
          ? { ...stage, preview: next }
          : stage,
      ),
    (failure) => setError(describeFailure(failure)),
  );
  useEffect(() => () => current.current?.abort(), []);

  /** Runs one step at a time; a newer step or leaving the view abandons an older one. */
  async function run(label: string, step: (signal: AbortSignal) => Promise<void>) {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setError(null);
    setSuccess(null);
    setUndoable(false);
    setConsent(null);
    setWorking(label);
    try {
      await step(controller.signal);
    } catch (failure) {
      if (!controller.signal.aborted) {
        setError(describeFailure(failure));
        setStage({ kind: 'choose' });
      }
    } finally {
      if (current.current === controller) setWorking(null);
    }
  }

  function parse(request: ParseRequest, source: string, signal: AbortSignal, picked?: PickedNote) {
    return parseOffMainThread(
      request,
      (phase, size) =>
        setWorking(phase === 'decoding' ? `Reading… ${size} KB` : `Parsing… ${size} KB`),
      signal,
    ).then(async ({ text, parsed }) => {
      setWorking('Comparing with your roadmap…');
      const preview = await previewParsedImport(db, parsed, text, source);
      if (!signal.aborted) setStage({ kind: 'preview', preview, ...(picked ? { picked } : {}) });
    });
  }

  function offerRestore(text: string, fileName: string, signal: AbortSignal) {
    setWorking('Checking the backup…');
    const backup = readBackup(db, text, new Date());
    if (!signal.aborted) setStage({ kind: 'restore', backup, fileName });
  }

  function takeText(text: string) {
    void run('Parsing…', async (signal) => {
      if (text.trimStart().startsWith('{')) offerRestore(text, 'Pasted backup', signal);
      else await parse({ text }, 'pasted note', signal);
    });
  }

  function takeFile(file: File, backupOnly = false) {
    void run(`Reading ${file.name}…`, async (signal) => {
      const backupName = backupOnly || /\.json$/i.test(file.name);
      if (backupName && file.size > MAX_BACKUP_BYTES) {
        throw new BackupError(`file too large (limit ${MAX_BACKUP_BYTES / 1024 / 1024} MB)`);
      }
      if (!backupName && file.size > MAX_ROADMAP_BYTES)
        throw new NoteRefusedError(TOO_LARGE_MESSAGE);
      setWorking(`Reading ${file.name}… ${kilobytes(file.size)} KB`);
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (signal.aborted) return;
      if (backupName || startsLikeBackup(bytes))
        offerRestore(decodeBackup(bytes), file.name, signal);
      else await parse({ bytes: bytes.buffer }, file.name, signal);
    });
  }

  /** Picks the note file, reads it as it is stored, and previews its import. */
  function linkFile() {
    void run('Choose your note…', async (signal) => {
      const handle = await pickNoteFile();
      if (!handle) {
        if (!signal.aborted) setSuccess('No file was linked.');
        return;
      }
      setWorking(`Reading ${handle.name}…`);
      const { text, lastModified } = await readNoteFile(handle, handle.name);
      if (signal.aborted) return;
      await parse({ text }, handle.name, signal, { handle, name: handle.name, lastModified });
    });
  }

  function confirmImport(preview: Preview, picked?: PickedNote) {
    void run('Importing…', async () => {
      const now = Date.now();
      const diff = picked
        ? await importAndLinkNote(db, preview, picked, now)
        : (await applyImport(db, preview, now)).diff;
      setStage({ kind: 'choose' });
      setSuccess(
        `Imported ${preview.source}: ${diff.added.length} added, ${diff.changed.length} changed, ` +
          `${diff.archived.length} archived, ${diff.unchanged} unchanged.` +
          (picked ? ` Linked: Waymark now follows ${picked.name}.` : ''),
      );
    });
  }

  /** Runs a restore or its undo; when the current data cannot be copied first, asks to go on. */
  function replacing(
    label: string,
    act: (options: RestoreOptions) => Promise<void>,
    consentLabel: string,
    done: (copied: boolean) => void,
    options: RestoreOptions = {},
  ) {
    void run(label, async () => {
      try {
        await act(options);
      } catch (failure) {
        if (!(failure instanceof UncopiedDataError)) throw failure;
        const go = () =>
          replacing(label, act, consentLabel, done, { ...options, withoutCopy: true });
        setConsent({ message: failure.message, confirm: consentLabel, go });
        return;
      }
      done(!options.withoutCopy);
    });
  }

  function confirmRestore(backup: CheckedBackup, replaceEverywhere: boolean) {
    replacing(
      'Restoring…',
      (options) => restore.restoreFile(backup, options),
      'Restore without a copy',
      (copied) => {
        setStage({ kind: 'choose' });
        setSuccess(
          `Backup restored: Waymark now holds exactly what the backup held.${replaceEverywhere ? ' Your other devices will hold the same once they sync.' : ''}${copied ? '' : ' What it replaced could not be kept.'}`,
        );
        setUndoable(copied);
      },
      { replaceEverywhere },
    );
  }

  function undoRestore() {
    replacing('Undoing the restore…', restore.undoRestore, 'Undo without a copy', () =>
      setSuccess('Restore undone: Waymark holds again what it held before.'),
    );
  }

  function cancel() {
    current.current?.abort();
    setConsent(null);
    setWorking(null);
    setError(null);
    setStage({ kind: 'choose' });
    setSuccess('Cancelled: nothing was written.');
  }

  const busy = working !== null;
  return (
    <section class="import-view" aria-labelledby="import-view-title">
      <header class="import-header">
        <h1 id="import-view-title">Import &amp; export</h1>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {error && <Notice tone="error">{error}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      {undoable && (
        <p>
          <button type="button" onClick={undoRestore}>
            Undo restore
          </button>{' '}
          <span class="muted">Until the next restore, Settings keeps what this one replaced.</span>
        </p>
      )}
      {working && (
        <p class="muted import-working" role="status">
          {working}
        </p>
      )}
      {stage.kind === 'preview' && (
        <ImportPreview
          title={stage.preview.parsed.title}
          source={stage.preview.source}
          objectives={summariseImport(stage.preview.merge)}
          warnings={stage.preview.parsed.warnings}
          diff={isReimport(stage.preview) ? stage.preview.merge.diff : null}
          choices={choicesOf(stage.preview)}
          busy={busy}
          onConfirm={() => confirmImport(stage.preview, stage.picked)}
          onCancel={cancel}
        />
      )}
      {consent && (
        <ConsentNotice
          message={consent.message}
          confirm={consent.confirm}
          busy={busy}
          onConfirm={consent.go}
          onCancel={cancel}
        />
      )}
      {stage.kind === 'restore' && !consent && (
        <RestoreOffer
          fileName={stage.fileName}
          {...summariseBackup(stage.backup)}
          busy={busy}
          syncOn={syncOn}
          onConfirm={(replaceEverywhere) => confirmRestore(stage.backup, replaceEverywhere)}
          onCancel={cancel}
        />
      )}
      {stage.kind === 'choose' && canLinkNoteFiles() && (
        <NoteLinkSection
          linked={noteLink.status === 'ready' ? noteLink.value : null}
          busy={busy}
          onLink={linkFile}
        />
      )}
      {stage.kind === 'choose' && !canLinkNoteFiles() && <NoteLinkUnavailable />}
      {stage.kind === 'choose' && (
        <ImportSource
          busy={busy}
          onText={takeText}
          onFile={takeFile}
          lastImport={lastImport.status === 'ready' ? lastImport.value : null}
        />
      )}
      <DataActions
        busy={busy}
        canExportMarkdown={roadmaps.status === 'ready' && roadmaps.value > 0}
        onExportBackup={() =>
          void run('Writing the backup…', async () => {
            const file = await backupDatabase(db, new Date());
            downloadFile(file.fileName, file.text, 'application/json');
            // Saved whatever it holds, so nothing is lost; but say so when it would not restore.
            try {
              await checkStoredRows(db);
            } catch (failure) {
              if (!(failure instanceof BackupError)) throw failure;
              setError(
                `The backup was saved, but Waymark could not restore it as it is (${failure.message}). Keep it: your data is in it.`,
              );
            }
          })
        }
        onExportMarkdown={() =>
          void run('Writing the markdown…', async () => {
            const file = await exportRoadmap(db);
            downloadFile(file.fileName, file.text, 'text/markdown');
          })
        }
        onRestoreFile={(file) => takeFile(file, true)}
      />
    </section>
  );
}

/** A re-import matches stored projects; a first import only adds. */
function isReimport(preview: Preview): boolean {
  const { diff } = preview.merge;
  return diff.changed.length + diff.archived.length + diff.unchanged > 0;
}
