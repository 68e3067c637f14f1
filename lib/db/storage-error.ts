/** Turns a Dexie or IndexedDB failure into one sentence a user can act on. */
export function describeStorageError(error: unknown): string {
  const name = errorName(error);
  switch (name) {
    case 'QuotaExceededError':
      return 'The browser has no room left for Waymark’s data. Free some disk space, then try again: nothing was saved.';
    case 'VersionError':
      return 'Waymark’s data was written by a newer version of Waymark. Update the extension; nothing was changed.';
    case 'InvalidStateError':
    case 'MissingAPIError':
      return 'The browser does not let Waymark open its database here (private window or storage disabled?).';
    case 'DatabaseClosedError':
      return 'Waymark’s database is closed. Reload the page.';
    case 'RowRuleError':
      return `Waymark refused to save something it does not accept (${(error as Error).message}). Nothing was changed.`;
    case 'ConstraintError':
      return 'That would duplicate something already saved; nothing was changed.';
    default:
      return `Waymark could not read or save its data (${name}). Nothing was changed.`;
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const inner = (error as { inner?: unknown }).inner;
    const name = (error as { name?: unknown }).name;
    // Dexie wraps the IndexedDB error; the inner name is the precise one.
    if (name === 'OpenFailedError' || name === 'AbortError') {
      if (inner && typeof inner === 'object' && typeof (inner as Error).name === 'string') {
        return (inner as Error).name;
      }
    }
    if (typeof name === 'string') return name;
  }
  return 'UnknownError';
}
