import { Notice } from './Notice';

interface ConsentNoticeProps {
  /** Why Waymark stopped, and what going ahead would cost. */
  message: string;
  /** The button that goes ahead anyway. */
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An action Waymark stopped short of because it costs something: the user may still go ahead. */
export function ConsentNotice(props: ConsentNoticeProps) {
  return (
    <div class="consent-notice" role="group" aria-label="Go ahead anyway?">
      <Notice tone="error">{props.message}</Notice>
      <div class="import-actions">
        <button type="button" class="primary" disabled={props.busy} onClick={props.onConfirm}>
          {props.confirm}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
