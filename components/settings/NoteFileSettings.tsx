import { formatMoment } from '../format';
import { Notice } from '../Notice';

export interface NoteFileOptions {
  writeBack: boolean;
  writeEstimates: boolean;
  autoApply: boolean;
}

export interface NoteVersionItem {
  id: string;
  savedAt: number;
  reason: string;
}

interface NoteFileSettingsProps {
  /** Null when no note is linked. */
  link: ({ name: string; linkedAt: number } & NoteFileOptions) | null;
  versions: NoteVersionItem[];
  busy: boolean;
  message: { tone: 'error' | 'success'; text: string } | null;
  onChange: (patch: Partial<NoteFileOptions>) => void;
  onPutBack: (versionId: string) => void;
  onUnlink: () => void;
}

const OPTIONS: { field: keyof NoteFileOptions; label: string; hint: string }[] = [
  {
    field: 'writeBack',
    label: 'Tick and untick the note’s checkboxes to match Waymark',
    hint: 'When you mark a project done or reopen it. Every other character of the note stays as it is.',
  },
  {
    field: 'writeEstimates',
    label: 'Also write estimates set in Waymark, as (Nh)',
    hint: 'Needs the option above.',
  },
  {
    field: 'autoApply',
    label: 'Take in the note’s changes without asking when nothing would be archived',
    hint: 'Otherwise the new-tab page says “Your note changed” and shows them first.',
  },
];

/**
 * Settings → Your note file: what Waymark may do with the linked note, and the last versions of it
 * that Waymark's writes replaced, each one click from being put back.
 */
export function NoteFileSettings(props: NoteFileSettingsProps) {
  const { link, versions, busy, message } = props;
  return (
    <section class="settings-section" aria-labelledby="note-file-title">
      <h2 id="note-file-title">Your note file</h2>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {link ? (
        <>
          <p>
            Linked to <strong>{link.name}</strong> since {formatMoment(link.linkedAt)}.{' '}
            <button type="button" class="link" disabled={busy} onClick={props.onUnlink}>
              Unlink
            </button>
          </p>
          {OPTIONS.map(({ field, label, hint }) => (
            <p key={field}>
              <label>
                <input
                  type="checkbox"
                  checked={link[field]}
                  disabled={busy || (field === 'writeEstimates' && !link.writeBack)}
                  onChange={(event) => props.onChange({ [field]: event.currentTarget.checked })}
                />{' '}
                {label}
              </label>{' '}
              <span class="muted">{hint}</span>
            </p>
          ))}
        </>
      ) : (
        <p class="muted">
          No note is linked. Link it in <a href="#import">Import &amp; export</a>.
        </p>
      )}
      {versions.length > 0 && (
        <>
          <h3>Versions of the note Waymark replaced</h3>
          <ul class="note-versions" aria-label="Versions of the note Waymark replaced">
            {versions.map((version) => (
              <li key={version.id}>
                {formatMoment(version.savedAt)}, replaced by: {version.reason}{' '}
                <button
                  type="button"
                  disabled={busy || !link}
                  onClick={() => props.onPutBack(version.id)}
                >
                  Put back
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
