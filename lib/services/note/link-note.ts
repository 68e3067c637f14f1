import type { WaymarkDatabase } from '../../db/database';
import { readNoteLink, saveNoteLink, unlinkNote } from '../../db/note-link';
import type { ImportDiff } from '../../domain/roadmap/merge-roadmap';
import { applyImport, hashText, type ImportPreview } from '../import-roadmap';

/** A note file the user picked, as read for its first import. */
export interface PickedNote {
  handle: FileSystemFileHandle;
  name: string;
  lastModified: number;
}

/**
 * Imports a picked note after its preview and links it: from now on Waymark follows the file.
 * Linking the same or another file again keeps the choices made for the last one.
 */
export async function importAndLinkNote(
  db: WaymarkDatabase,
  preview: ImportPreview,
  picked: PickedNote,
  now: number,
): Promise<ImportDiff> {
  const seenHash = await hashText(preview.text);
  const merge = await applyImport(db, preview, now);
  const previous = await readNoteLink(db);
  await saveNoteLink(db, {
    id: 'note',
    handle: picked.handle,
    name: picked.name,
    linkedAt: now,
    baseText: preview.text,
    seenModified: picked.lastModified,
    seenHash,
    pending: false,
    writeBack: previous?.writeBack ?? false,
    writeEstimates: previous?.writeEstimates ?? false,
    autoApply: previous?.autoApply ?? false,
  });
  return merge.diff;
}

/** Stops following the note; Waymark's data and the note stay as they are. */
export function forgetNoteLink(db: WaymarkDatabase): Promise<void> {
  return unlinkNote(db);
}
