import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { describeStorageError } from '../db/storage-error';

export type LiveState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  /** `error` as thrown, for a view to describe or pass to its boundary; `message` says why storage failed. */
  | { status: 'error'; error: unknown; message: string };

/**
 * Keeps a component in step with the database: re-runs `query` whenever a table it read changes,
 * in this page or in any other extension context. A query that throws or rejects ends in the error
 * state, never in loading for ever.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) =>
        setState({ status: 'error', error, message: describeStorageError(error) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}

export interface LocalCopy<T> {
  read(): T | null;
  write(value: T): void;
}

/**
 * `useLiveQuery` for a query slow on big data: until its first result, shows the stored copy
 * (status 'stale') when `usable` accepts it, and stores every result for next time.
 */
export function useLiveQueryWithCopy<T>(
  query: () => Promise<T>,
  deps: unknown[],
  copy: LocalCopy<T>,
  usable: (stored: T) => boolean,
): LiveState<T> | { status: 'stale'; value: T } {
  const [stored] = useState(() => {
    const value = copy.read();
    return value !== null && usable(value) ? value : null;
  });
  const state = useLiveQuery(query, deps);
  useEffect(() => {
    if (state.status === 'ready') copy.write(state.value);
  }, [state]);
  return state.status === 'loading' && stored !== null ? { status: 'stale', value: stored } : state;
}
