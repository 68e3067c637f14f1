/** The message under a control; its id is what the control's aria-describedby points at. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} class="field-error">
      {message}
    </p>
  ) : null;
}

/** Attributes that tie a control to its error, if it has one. */
export function errorAttributes(errorId: string, message: string | undefined) {
  return message ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
}
