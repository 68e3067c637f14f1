/** A bundled `?worker` module's constructor. */
type WorkerConstructor = new (options?: { name?: string }) => Worker;

/** Starts a module worker, or null where the page cannot: the caller then works on its own thread. */
export function startWorker(Constructor: WorkerConstructor, name: string): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Constructor({ name });
  } catch {
    return null;
  }
}
