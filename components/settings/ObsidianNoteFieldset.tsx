import { useState } from 'preact/hooks';
import { readObsidianLink } from '../../lib/domain/note/obsidian-link';
import type { SettingsErrors } from '../../lib/domain/settings/validate-settings';
import { errorAttributes, FieldError } from './FieldError';

interface ObsidianNoteFieldsetProps {
  vault: string;
  file: string;
  errors: SettingsErrors;
  onChange: (change: { vault?: string; file?: string }) => void;
}

const NOT_A_NOTE_LINK =
  'That is not a link to a note. In Obsidian, open the note’s menu, choose “Copy Obsidian URL” and paste it here.';

/**
 * Where the roadmap note is in Obsidian, so the Roadmap can open it: typed, or read from a pasted
 * `obsidian://open` link. Saved with the rest of the form.
 */
export function ObsidianNoteFieldset({ vault, file, errors, onChange }: ObsidianNoteFieldsetProps) {
  const [pasted, setPasted] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  /** A whole link fills both fields at once; anything else waits until the field is left. */
  function paste(text: string, done: boolean) {
    setPasted(text);
    const note = readObsidianLink(text);
    if (note) {
      onChange(note);
      setPasted('');
      setStatus({ ok: true, text: 'Vault and note filled in from the link. Save to keep them.' });
    } else {
      setStatus(done && text.trim() !== '' ? { ok: false, text: NOT_A_NOTE_LINK } : null);
    }
  }

  return (
    <fieldset>
      <legend>Your note in Obsidian</legend>
      <p class="field-hint muted">
        With both set, each objective and project on the Roadmap gets a link that opens the note in
        Obsidian.
      </p>
      <div class="field">
        <label for="obsidian-link">Paste an obsidian:// link</label>
        <input
          id="obsidian-link"
          type="text"
          spellcheck={false}
          autocomplete="off"
          placeholder="obsidian://open?vault=…&file=…"
          value={pasted}
          {...errorAttributes(
            'obsidian-link-error',
            status?.ok === false ? status.text : undefined,
          )}
          onInput={(event) => paste(event.currentTarget.value, false)}
          onChange={(event) => paste(event.currentTarget.value, true)}
        />
        {status?.ok === false && <FieldError id="obsidian-link-error" message={status.text} />}
        {status?.ok === true && (
          <p class="field-hint muted" role="status">
            {status.text}
          </p>
        )}
      </div>
      <div class="field">
        <label for="obsidian-vault">Vault name</label>
        <input
          id="obsidian-vault"
          type="text"
          spellcheck={false}
          value={vault}
          {...errorAttributes('obsidian-vault-error', errors.obsidianVault)}
          onInput={(event) => onChange({ vault: event.currentTarget.value })}
        />
        <FieldError id="obsidian-vault-error" message={errors.obsidianVault} />
      </div>
      <div class="field">
        <label for="obsidian-file">Note path in the vault</label>
        <input
          id="obsidian-file"
          type="text"
          spellcheck={false}
          placeholder="Plans/Roadmap"
          value={file}
          {...errorAttributes('obsidian-file-error', errors.obsidianFile)}
          onInput={(event) => onChange({ file: event.currentTarget.value })}
        />
        <FieldError id="obsidian-file-error" message={errors.obsidianFile} />
      </div>
    </fieldset>
  );
}
