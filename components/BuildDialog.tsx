import { useState } from 'preact/hooks';
import { formatHours } from './format';
import { PagesFinished, useTicks, type PageToFinish } from './PagesFinished';
import { SessionDialog, useSessionEntry } from './SessionDialog';

export interface BuildFinish {
  minutes: number;
  note: string;
  /** Breakdown items ticked in this session. */
  childrenDone: string[];
  finished: boolean;
  /** Pages the user finished: marked read with the session. */
  pagesRead: string[];
}

interface BuildDialogProps {
  project: string;
  defaultMinutes: number;
  builtMinutes: number;
  estimateMinutes: number;
  /** Breakdown items not ticked yet. */
  openChildren: string[];
  /** The project's pages still to read, offered for ticking. */
  pagesToRead: readonly PageToFinish[];
  onSave: (finish: BuildFinish) => void;
  onCancel: () => void;
}

/**
 * Finish a build session: the time it took, a note, the breakdown items done, the pages finished,
 * and whether the project is done. No recall rating: building is not remembering.
 */
export function BuildDialog(props: BuildDialogProps) {
  const entry = useSessionEntry(props.defaultMinutes);
  const steps = useTicks();
  const pages = useTicks();
  const [finished, setFinished] = useState(false);
  const { parsed } = entry;

  const total = props.builtMinutes + (parsed ?? 0);

  return (
    <SessionDialog
      title={<>What did you build on “{props.project}”?</>}
      entry={entry}
      onCancel={props.onCancel}
    >
      {props.openChildren.length > 0 && (
        <fieldset class="checklist">
          <legend>Steps done</legend>
          {props.openChildren.map((child, index) => (
            <label key={child} class="check">
              <input
                type="checkbox"
                id={`step-${index}`}
                checked={steps.ticked.has(child)}
                onChange={(e) => steps.tick(child, (e.target as HTMLInputElement).checked)}
              />
              {child}
            </label>
          ))}
        </fieldset>
      )}
      <PagesFinished pages={props.pagesToRead} ticked={pages.ticked} onTick={pages.tick} />
      <p class="muted">
        {formatHours(total)} of {formatHours(props.estimateMinutes)} built with this session
        {total >= props.estimateMinutes && ': past the estimate'}.
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={finished}
          onChange={(e) => setFinished((e.target as HTMLInputElement).checked)}
        />
        Project done: review it from now on
      </label>
      <button
        type="button"
        class="primary"
        autoFocus
        disabled={parsed === null}
        onClick={() =>
          parsed !== null &&
          props.onSave({
            minutes: parsed,
            note: entry.note.trim(),
            childrenDone: [...steps.ticked],
            finished,
            pagesRead: [...pages.ticked],
          })
        }
      >
        Save session
      </button>
    </SessionDialog>
  );
}
