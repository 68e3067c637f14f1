import { Component, type ComponentChildren } from 'preact';
import { ViewFailure, type FailureWayForward } from './ViewFailure';

interface ViewBoundaryProps extends FailureWayForward {
  children: ComponentChildren;
  /** Turns what a view threw into words for the user (describeFailure). */
  describe: (error: unknown) => string;
}

interface ViewBoundaryState {
  failed: boolean;
  error?: unknown;
}

/**
 * Keeps one view's failure to itself: whatever its components throw while rendering (a value no
 * version of Waymark wrote, a read that failed) is shown as a message with a way forward, and the
 * rest of the page keeps working. Give each view its own, keyed by the view, so leaving a failed
 * view and coming back tries again.
 */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { failed: false };

  static override getDerivedStateFromError(error: unknown): ViewBoundaryState {
    return { failed: true, error };
  }

  override render() {
    const { children, describe, ...wayForward } = this.props;
    if (!this.state.failed) return children;
    return <ViewFailure message={describe(this.state.error)} {...wayForward} />;
  }
}
