import { formatMoment } from '../format';

interface NoteLinkSectionProps {
  /** The linked note; null when none is. */
  linked: { name: string; linkedAt: number } | null;
  busy: boolean;
  onLink: () => void;
}

/**
 * Import & export → Link your note file (browsers with the File System Access API). Linking runs
 * the normal import with its preview; from then on Waymark follows the file.
 */
export function NoteLinkSection({ linked, busy, onLink }: NoteLinkSectionProps) {
  return (
    <section class="note-link" aria-labelledby="note-link-title">
      <h2 id="note-link-title">Your note file</h2>
      {linked ? (
        <p>
          Linked to <strong>{linked.name}</strong> since {formatMoment(linked.linkedAt)}: Waymark
          looks at it when a new tab opens and every minute while a Waymark page is open. Choose
          what it may write back in <a href="#settings">Settings</a>.
        </p>
      ) : (
        <p>
          Link the note instead of choosing it each time: Waymark then sees your edits, and can tick
          the boxes of projects you finish, if you allow it in Settings.
        </p>
      )}
      <button type="button" class={linked ? undefined : 'primary'} disabled={busy} onClick={onLink}>
        {linked ? 'Link another file' : 'Link your note file'}
      </button>
    </section>
  );
}
