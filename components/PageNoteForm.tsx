import { useState } from 'preact/hooks';
import { MAX_PAGE_NOTE_LENGTH } from '../lib/domain/reading/page-note';

interface PageNoteFormProps {
  title: string;
  note: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** One line of note on an attached page; saving an empty line removes the note. */
export function PageNoteForm({ title, note, onSave, onCancel }: PageNoteFormProps) {
  const [typed, setTyped] = useState(note);
  return (
    <form
      class="page-note"
      aria-label={`Note on ${title}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(typed);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <input
        type="text"
        aria-label="Note"
        maxLength={MAX_PAGE_NOTE_LENGTH}
        value={typed}
        autoFocus
        onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
      />
      <button type="submit">Save note</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
