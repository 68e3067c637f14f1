/** What the one quiet line about the linked note says; nothing when all is in step. */
export type NoteLineState =
  | { kind: 'reconnect'; name: string }
  | { kind: 'changed'; name: string; summary: string }
  | { kind: 'applied'; name: string; summary: string }
  | { kind: 'written'; name: string; reason: string; skipped: string[] }
  | { kind: 'put-back'; name: string }
  | { kind: 'problem'; name: string; message: string; relink: boolean };

interface NoteLineProps {
  state: NoteLineState;
  busy: boolean;
  onReconnect: () => void;
  onReview: () => void;
  onUndoWrite: () => void;
  onDismiss: () => void;
}

/**
 * The linked note's one line on the new-tab page. It never opens a dialog by itself: reconnecting
 * asks the browser only when the user clicks. Names and titles from the note render as text.
 */
export function NoteLine(props: NoteLineProps) {
  const { state, busy } = props;
  return (
    <p class="note-line" role="status">
      {state.kind === 'reconnect' && (
        <button type="button" class="link" disabled={busy} onClick={props.onReconnect}>
          Reconnect to {state.name}
        </button>
      )}
      {state.kind === 'changed' && (
        <>
          Your note changed: {state.summary}.{' '}
          <button type="button" class="link" disabled={busy} onClick={props.onReview}>
            Review changes
          </button>{' '}
          <Dismiss onDismiss={props.onDismiss} />
        </>
      )}
      {state.kind === 'applied' && (
        <>
          Took in the changes of {state.name}: {state.summary}.{' '}
          <Dismiss onDismiss={props.onDismiss} />
        </>
      )}
      {state.kind === 'written' && (
        <>
          Wrote to {state.name}: {state.reason}.
          {state.skipped.length > 0 && ` Left alone: ${state.skipped.join('; ')}.`}{' '}
          <button type="button" class="link" disabled={busy} onClick={props.onUndoWrite}>
            Undo write
          </button>{' '}
          <Dismiss onDismiss={props.onDismiss} />
        </>
      )}
      {state.kind === 'put-back' && (
        <>
          Put {state.name} back as it was. Waymark will offer what now differs.{' '}
          <Dismiss onDismiss={props.onDismiss} />
        </>
      )}
      {state.kind === 'problem' && (
        <>
          {state.message} {state.relink && <a href="#import">Link your note file again</a>}
        </>
      )}
    </p>
  );
}

function Dismiss({ onDismiss }: { onDismiss: () => void }) {
  return (
    <button type="button" class="link muted" onClick={onDismiss}>
      Dismiss
    </button>
  );
}
