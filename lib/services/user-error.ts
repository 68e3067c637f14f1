import { describeStorageError } from '../db/storage-error';

/** A failure written for the user (a project gone, a value out of range): shown as it is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** What a failed action tells the user: its own words for a UserError, else why storage failed. */
export function describeFailure(error: unknown): string {
  return error instanceof UserError ? error.message : describeStorageError(error);
}
