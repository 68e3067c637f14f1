import { useState } from 'preact/hooks';

interface LastAttachBarProps {
  summary: string;
  onUndo: () => Promise<{ ok: boolean; message: string }>;
}

/** The last attach, from any gesture (menu, shortcut, popup), with a way to take it back. */
export function LastAttachBar({ summary, onUndo }: LastAttachBarProps) {
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (result?.ok) {
    return (
      <p class="last-attach" role="status">
        {result.message}
      </p>
    );
  }
  return (
    <div class="last-attach">
      <p>
        <span class="muted">Last attached:</span> {summary}
      </p>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setResult(await onUndo());
          setBusy(false);
        }}
      >
        Undo
      </button>
      {result && (
        <p role="alert" class="notice notice-error">
          {result.message}
        </p>
      )}
    </div>
  );
}
