/** Said where the browser has no file pickers that could keep a note linked (Firefox). */
export function NoteLinkUnavailable() {
  return (
    <p class="muted note-link-unavailable">
      This browser cannot link your note file: after editing the note, choose the file again here,
      and use Export markdown (with estimates and done boxes) to bring your progress back to it.
    </p>
  );
}
