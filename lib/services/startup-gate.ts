/**
 * Holds the service worker's background reads back for a moment after it starts. Opening a new
 * tab is what most often wakes the worker (its tab listeners), and reading every table then,
 * planning and rebuilding the menu would take the cores the page needs to paint. Work someone
 * waits for (suggestions for the page being attached) opens the gate at once.
 */
export interface StartupGate {
  opened: Promise<void>;
  open: () => void;
}

export function startupGate(delayMs: number): StartupGate {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  setTimeout(open, delayMs);
  return { opened, open };
}
