import {
  noteAccess,
  noteModified,
  readNoteFile,
  withNoteLock,
  writeNoteFile,
} from '../../lib/browser/note-file';
import type { NoteFilePort } from '../../lib/services/note/note-file-port';

/** The real file system, as the note services use it. */
export const noteFilePort: NoteFilePort = {
  access: noteAccess,
  modified: noteModified,
  read: readNoteFile,
  write: writeNoteFile,
  exclusive: withNoteLock,
};
