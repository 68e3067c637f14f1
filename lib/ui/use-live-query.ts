import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { describeStorageError } from '../db/storage-error';

export type LiveState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * Keeps a component in step with the database: re-runs `query` whenever a table it read changes,
 * in this page or in any other extension context.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) =>
        setState({ status: 'error', message: describeStorageError(error) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
