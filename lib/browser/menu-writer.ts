/** The two ways the context menu is written. */
export interface MenuWrites<View, Labels> {
  /** Removes every item and creates the menu for `view`; the suggested rows start hidden. */
  rebuild: (view: View) => Promise<void>;
  /** Retitles the suggested rows. */
  relabel: (labels: Labels) => Promise<void>;
}

/**
 * The one way into the context menu. A rebuild and a relabel run one at a time, so a relabel never
 * meets an item removed mid-rebuild and a rebuild never undoes a newer label. A request made
 * meanwhile waits, replacing any request of its kind still waiting: only the latest view and the
 * latest labels are written. A rebuild hides the suggested rows, so the latest labels are written
 * again after it; labels already on the menu are not written twice.
 */
export function createMenuWriter<View, Labels>(
  writes: MenuWrites<View, Labels>,
  onError: (error: unknown) => void,
) {
  let view: { value: View } | null = null;
  let labels: { value: Labels; key: string } | null = null;
  let written: string | null = null;
  let idle: Promise<void> = Promise.resolve();
  let settle: (() => void) | null = null;

  const nextWrite = (): (() => Promise<void>) | null => {
    if (view) {
      const { value } = view;
      view = null;
      written = null;
      return () => writes.rebuild(value);
    }
    if (labels && labels.key !== written) {
      const { value, key } = labels;
      // Marked before it is tried: labels that failed wait for a change, not a retry loop.
      written = key;
      return () => writes.relabel(value);
    }
    return null;
  };

  const drain = async () => {
    for (let write = nextWrite(); write; write = nextWrite()) {
      try {
        await write();
      } catch (error) {
        onError(error);
      }
    }
    const done = settle;
    settle = null;
    done?.();
  };

  /** Starts writing unless it already is; resolves once nothing is left to write. */
  const wake = (): Promise<void> => {
    if (!settle) {
      idle = new Promise((resolve) => (settle = resolve));
      void drain();
    }
    return idle;
  };

  return {
    rebuild(value: View): Promise<void> {
      view = { value };
      return wake();
    },
    relabel(value: Labels): Promise<void> {
      labels = { value, key: JSON.stringify(value) };
      return wake();
    },
  };
}
