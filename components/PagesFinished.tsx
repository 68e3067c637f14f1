import { useState } from 'preact/hooks';

export interface PageToFinish {
  id: string;
  title: string;
}

/** A set of ticked keys, and the way to tick or untick one. */
export function useTicks() {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const tick = (key: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(key);
    else next.delete(key);
    setTicked(next);
  };
  return { ticked, tick };
}

interface PagesFinishedProps {
  /** The project's pages still to read. */
  pages: readonly PageToFinish[];
  ticked: ReadonlySet<string>;
  onTick: (id: string, on: boolean) => void;
}

/** "Which pages did you finish?": a tick per page still to read; none shown when none is left. */
export function PagesFinished({ pages, ticked, onTick }: PagesFinishedProps) {
  if (pages.length === 0) return null;
  return (
    <fieldset class="checklist">
      <legend>Which pages did you finish?</legend>
      {pages.map((page) => (
        <label key={page.id} class="check">
          <input
            type="checkbox"
            checked={ticked.has(page.id)}
            onChange={(e) => onTick(page.id, (e.target as HTMLInputElement).checked)}
          />
          {page.title}
        </label>
      ))}
    </fieldset>
  );
}
