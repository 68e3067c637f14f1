/** Why the linked note could not be read or written, with a message written for the user. */
export class NoteFileError extends Error {
  constructor(
    readonly reason: 'gone' | 'permission' | 'busy' | 'full' | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'NoteFileError';
  }
}

/** A file gone or no longer a note needs linking again; a busy or full disk passes. */
export function needsRelink(error: NoteFileError): boolean {
  return error.reason === 'gone' || error.reason === 'refused';
}
