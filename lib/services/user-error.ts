import { describeStorageError } from '../db/storage-error';
import { NoteFileError } from '../domain/note/note-file-error';
import { RoadmapInputError } from '../domain/roadmap/roadmap-input-error';

/**
 * A failure written for the user (a project gone, a value out of range, a file refused): shown as
 * it is. Refusals with a name of their own (BackupError, a refused note) extend it.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * The one translation from a failure to what the user reads: a refusal's own words, else why
 * storage failed. Anything else was written for developers and never reaches the user as is.
 */
export function describeFailure(error: unknown): string {
  return error instanceof UserError ||
    error instanceof RoadmapInputError ||
    error instanceof NoteFileError
    ? error.message
    : describeStorageError(error);
}
