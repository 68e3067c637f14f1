import { useId } from 'preact/hooks';

interface ReplaceEverywhereChoiceProps {
  checked: boolean;
  busy: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * Offered beside a restore's confirmation while sync is on: a restore otherwise only merges into
 * what the other devices hold.
 */
export function ReplaceEverywhereChoice({ checked, busy, onChange }: ReplaceEverywhereChoiceProps) {
  const hint = useId();
  return (
    <p class="replace-everywhere">
      <label>
        <input
          type="checkbox"
          checked={checked}
          disabled={busy}
          aria-describedby={hint}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />{' '}
        Also replace the data on my other devices
      </label>{' '}
      <span id={hint} class="muted">
        Your other browsers signed in to sync will show this backup’s data; what they have that it
        lacks is removed.
      </span>
    </p>
  );
}

interface ReplaceEverywhereConfirmProps {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The second question before a restore goes to every device: nothing there can undo it. */
export function ReplaceEverywhereConfirm({
  busy,
  onConfirm,
  onCancel,
}: ReplaceEverywhereConfirmProps) {
  return (
    <div class="replace-everywhere-confirm" role="group" aria-label="Replace on every device?">
      <p>
        Replace the data on every device? Sessions, pages and changes your other browsers have and
        this backup lacks will be removed from them, even those made since they last synced.
      </p>
      <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
        {busy ? 'Restoring…' : 'Replace everywhere'}
      </button>{' '}
      <button type="button" disabled={busy} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
