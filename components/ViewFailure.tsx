export interface FailureWayForward {
  /** Reloads the page: a failure caused by the moment (a blocked database) often goes with it. */
  onReload: () => void;
  /** A page where the data can be restored from a backup or saved as one (Import & export). */
  recoveryHref: string;
  /** What that page offers, as a link: "restore a backup, or export one". */
  recoveryText: string;
  /** Open that page in a tab of its own (from the popup, which would otherwise become it). */
  recoveryInNewTab?: boolean;
}

interface ViewFailureProps extends FailureWayForward {
  /** Why the view could not be shown, in the user's words (describeFailure). */
  message: string;
}

/** What a view shows instead of itself when it cannot be shown: why, and what to do next. */
export function ViewFailure(props: ViewFailureProps) {
  const { message, onReload, recoveryHref, recoveryText, recoveryInNewTab = false } = props;
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>This view could not be shown.</strong> {message}
      </p>
      <p>
        <button type="button" onClick={onReload}>
          Reload
        </button>{' '}
        or{' '}
        <a
          href={recoveryHref}
          {...(recoveryInNewTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        >
          {recoveryText}
        </a>
        .
      </p>
    </div>
  );
}
