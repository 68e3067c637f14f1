import { ConfirmActions } from './import/ConfirmActions';
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
export function ConsentNotice({ message, ...actions }: ConsentNoticeProps) {
  return (
    <div class="consent-notice" role="group" aria-label="Go ahead anyway?">
      <Notice tone="error">{message}</Notice>
      <ConfirmActions busyLabel="Working…" {...actions} />
    </div>
  );
}
