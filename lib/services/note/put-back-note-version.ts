import type { WaymarkDatabase } from '../../db/database';
import { keepNoteVersion, readNoteLink, updateNoteLink } from '../../db/note-link';
import { UserError } from '../user-error';
import { hashText } from '../import-roadmap';
import type { NoteFilePort } from './note-file-port';
import { noteProblem, type NoteProblem } from './note-problem';

export type PutBack = { kind: 'put-back'; name: string; savedAt: number } | NoteProblem;

/**
 * Puts a kept version back into the linked note. What the note holds now is kept as a version
 * first, so putting back never loses an edit. Waymark's data is not changed: the note now differs
 * from it, and the next check offers that difference like any change of the note.
 */
export async function putBackNoteVersion(
  db: WaymarkDatabase,
  file: NoteFilePort,
  versionId: string,
  now: number,
  newId: () => string,
): Promise<PutBack> {
  return file.exclusive(async () => {
    const [link, version] = await Promise.all([readNoteLink(db), db.noteVersions.get(versionId)]);
    if (!link) throw new UserError('No note is linked: link your note file in Import & export.');
    if (!version) throw new UserError('That version of the note is no longer kept.');
    const { handle, name } = link;
    try {
      if ((await file.access(handle, 'readwrite')) !== 'granted')
        return { kind: 'reconnect', name };
      const current = await file.read(handle, name);
      await keepNoteVersion(db, {
        id: newId(),
        savedAt: now,
        name,
        text: current.text,
        reason: `Undo of “${version.reason}”`,
      });
      const seenModified = await file.write(handle, name, version.text);
      await updateNoteLink(db, {
        seenModified,
        seenHash: await hashText(version.text),
        pending: true,
      });
      return { kind: 'put-back', name, savedAt: version.savedAt };
    } catch (error) {
      return noteProblem(error, name);
    }
  });
}
