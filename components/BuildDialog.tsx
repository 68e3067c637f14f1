import { useState } from 'preact/hooks';
import { formatHours } from './format';
import { SessionDialog, useSessionEntry } from './SessionDialog';

export interface BuildFinish {
  minutes: number;
  note: string;
  /** Breakdown items ticked in this session. */
  childrenDone: string[];
  finished: boolean;
}

interface BuildDialogProps {
  project: string;
  defaultMinutes: number;
  builtMinutes: number;
  estimateMinutes: number;
  /** Breakdown items not ticked yet. */
  openChildren: string[];
  onSave: (finish: BuildFinish) => void;
  onCancel: () => void;
}

/**
 * Finish a build session: the time it took, a note, the breakdown items done, and whether the
 * project is done. No recall rating: building is not remembering.
 */
export function BuildDialog(props: BuildDialogProps) {
  const entry = useSessionEntry(props.defaultMinutes);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [finished, setFinished] = useState(false);
  const { parsed } = entry;

  const total = props.builtMinutes + (parsed ?? 0);
  const tick = (child: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(child);
    else next.delete(child);
    setTicked(next);
  };

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
                checked={ticked.has(child)}
                onChange={(e) => tick(child, (e.target as HTMLInputElement).checked)}
              />
              {child}
            </label>
          ))}
        </fieldset>
      )}
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
            childrenDone: [...ticked],
            finished,
          })
        }
      >
        Save session
      </button>
    </SessionDialog>
  );
}
