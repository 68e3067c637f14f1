interface ConfirmActionsProps {
  /** The confirm button's label, and what it says while the work runs. */
  confirm: string;
  busyLabel: string;
  busy: boolean;
  /** Confirm cannot go ahead (Cancel still can). */
  disabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Confirm and Cancel under a preview; both wait while the confirmed work runs. */
export function ConfirmActions(props: ConfirmActionsProps) {
  return (
    <div class="import-actions">
      <button
        type="button"
        class="primary"
        disabled={props.busy || props.disabled === true}
        onClick={props.onConfirm}
      >
        {props.busy ? props.busyLabel : props.confirm}
      </button>
      <button type="button" disabled={props.busy} onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
