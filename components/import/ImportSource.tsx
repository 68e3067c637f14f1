import { useState } from 'preact/hooks';
import { formatMoment } from '../format';

interface ImportSourceProps {
  busy: boolean;
  onText: (text: string) => void;
  onFile: (file: File) => void;
  /** The note imported last, if any: its file name and when. */
  lastImport?: { source: string; importedAt: number } | null;
}

/** The three ways a note comes in: pasted, chosen, or dropped anywhere on the box. */
export function ImportSource({ busy, onText, onFile, lastImport }: ImportSourceProps) {
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const takeFile = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <div
      class={dragging ? 'import-source dragging' : 'import-source'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        if (!busy) takeFile(event.dataTransfer?.files);
      }}
    >
      <label for="import-text">Paste your roadmap note</label>
      <textarea
        id="import-text"
        rows={8}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        placeholder="| **Checklist** | **Objective** | **Projects** | … or headings with lists"
      />
      <div class="import-actions">
        <button
          type="button"
          class="primary"
          disabled={busy || text.trim() === ''}
          onClick={() => onText(text)}
        >
          Preview import
        </button>
        <label class="file-button">
          Choose a file
          <input
            type="file"
            accept=".md,.markdown,.txt,.json"
            disabled={busy}
            onChange={(event) => {
              takeFile(event.currentTarget.files);
              // Choosing the same file again after a fix must fire again.
              event.currentTarget.value = '';
            }}
          />
        </label>
        <span class="muted">or drop a file here (markdown, text, or a Waymark backup)</span>
      </div>
      {lastImport && (
        <p class="muted import-last">
          Last imported: {lastImport.source}, {formatMoment(lastImport.importedAt)}
        </p>
      )}
    </div>
  );
}
