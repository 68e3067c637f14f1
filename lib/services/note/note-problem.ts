import { NoteFileError, needsRelink } from '../../domain/note/note-file-error';
import { RoadmapInputError } from '../../domain/roadmap/roadmap-input-error';

export type NoteProblem =
  | { kind: 'reconnect'; name: string }
  | { kind: 'problem'; name: string; message: string; relink: boolean };

/**
 * A failure of the note file, or a note Waymark can no longer read as a roadmap, as the user meets
 * it; anything else is not ours to word.
 */
export function noteProblem(error: unknown, name: string): NoteProblem {
  if (error instanceof RoadmapInputError)
    return {
      kind: 'problem',
      name,
      message: `Waymark cannot read ${name} as a roadmap now (${error.message}); nothing was changed.`,
      relink: false,
    };
  if (!(error instanceof NoteFileError)) throw error;
  if (error.reason === 'permission') return { kind: 'reconnect', name };
  return { kind: 'problem', name, message: error.message, relink: needsRelink(error) };
}
