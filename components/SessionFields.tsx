/** The minutes studied and an optional note: the part every finished session asks for. */
interface SessionFieldsProps {
  minutes: string;
  note: string;
  onMinutes: (value: string) => void;
  onNote: (value: string) => void;
}

const MAX_MINUTES = 24 * 60;

/** Minutes typed in the form, or null when they are not 0 to 1440. */
export function parseSessionMinutes(minutes: string): number | null {
  const parsed = Number(minutes);
  return minutes.trim() !== '' && Number.isFinite(parsed) && parsed >= 0 && parsed <= MAX_MINUTES
    ? parsed
    : null;
}

export function SessionFields({ minutes, note, onMinutes, onNote }: SessionFieldsProps) {
  const valid = parseSessionMinutes(minutes) !== null;
  return (
    <>
      <label for="session-minutes">Minutes studied</label>
      <input
        id="session-minutes"
        type="number"
        min={0}
        max={MAX_MINUTES}
        value={minutes}
        aria-invalid={!valid}
        onInput={(e) => onMinutes((e.target as HTMLInputElement).value)}
      />
      {!valid && <p class="field-error">Enter the minutes you studied (0 to 1440).</p>}
      <label for="session-note">Note (optional)</label>
      <textarea
        id="session-note"
        rows={2}
        value={note}
        onInput={(e) => onNote((e.target as HTMLTextAreaElement).value)}
      />
    </>
  );
}
