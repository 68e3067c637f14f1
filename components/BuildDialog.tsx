import { useEffect, useRef, useState } from 'preact/hooks';
import { formatHours } from './format';
import { parseSessionMinutes, SessionFields } from './SessionFields';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const [minutes, setMinutes] = useState(String(props.defaultMinutes));
  const [note, setNote] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [finished, setFinished] = useState(false);
  const parsed = parseSessionMinutes(minutes);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);

  const total = props.builtMinutes + (parsed ?? 0);
  const tick = (child: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(child);
    else next.delete(child);
    setTicked(next);
  };

  return (
    <dialog
      ref={dialog}
      class="rating-dialog"
      aria-labelledby="build-title"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="build-title">What did you build on “{props.project}”?</h2>
      <SessionFields minutes={minutes} note={note} onMinutes={setMinutes} onNote={setNote} />
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
      <div class="dialog-actions">
        <button
          type="button"
          class="primary"
          autoFocus
          disabled={parsed === null}
          onClick={() =>
            parsed !== null &&
            props.onSave({
              minutes: parsed,
              note: note.trim(),
              childrenDone: [...ticked],
              finished,
            })
          }
        >
          Save session
        </button>
        <button type="button" class="link" onClick={props.onCancel}>
          Keep studying
        </button>
      </div>
    </dialog>
  );
}
