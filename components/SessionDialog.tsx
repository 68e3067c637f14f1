import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

const MAX_MINUTES = 24 * 60;

/** Minutes typed in the form, or null when they are not 0 to 1440. */
function parseSessionMinutes(minutes: string): number | null {
  const parsed = Number(minutes);
  return minutes.trim() !== '' && Number.isFinite(parsed) && parsed >= 0 && parsed <= MAX_MINUTES
    ? parsed
    : null;
}

/** The minutes and note typed so far; `parsed` is null while the minutes are invalid. */
export interface SessionEntry {
  minutes: string;
  note: string;
  parsed: number | null;
  setMinutes: (value: string) => void;
  setNote: (value: string) => void;
}

/** What every finished session records besides its own answers, starting from the timer. */
export function useSessionEntry(defaultMinutes: number): SessionEntry {
  const [minutes, setMinutes] = useState(String(defaultMinutes));
  const [note, setNote] = useState('');
  return { minutes, note, parsed: parseSessionMinutes(minutes), setMinutes, setNote };
}

interface SessionDialogProps {
  title: ComponentChildren;
  entry: SessionEntry;
  onCancel: () => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  /** The dialog's own questions and buttons. */
  children: ComponentChildren;
}

/**
 * The modal shell of finishing a session: its title, the minutes studied and an optional note,
 * then what the kind of session asks. Escape and "Keep studying" cancel.
 */
export function SessionDialog({ title, entry, onCancel, onKeyDown, children }: SessionDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);

  return (
    <dialog
      ref={dialog}
      class="rating-dialog"
      aria-labelledby="session-dialog-title"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="session-dialog-title">{title}</h2>
      <label for="session-minutes">Minutes studied</label>
      <input
        id="session-minutes"
        type="number"
        min={0}
        max={MAX_MINUTES}
        value={entry.minutes}
        aria-invalid={entry.parsed === null}
        onInput={(e) => entry.setMinutes((e.target as HTMLInputElement).value)}
      />
      {entry.parsed === null && (
        <p class="field-error">Enter the minutes you studied (0 to 1440).</p>
      )}
      <label for="session-note">Note (optional)</label>
      <textarea
        id="session-note"
        rows={2}
        value={entry.note}
        onInput={(e) => entry.setNote((e.target as HTMLTextAreaElement).value)}
      />
      {children}
      <button type="button" class="link" onClick={onCancel}>
        Keep studying
      </button>
    </dialog>
  );
}
