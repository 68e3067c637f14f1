import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm, type SaveOutcome } from '../../../components/settings/SettingsForm';
import type { SettingsPatch } from '../../../lib/domain/settings/validate-settings';
import { DEFAULT_SETTINGS } from '../../../lib/domain/types';

afterEach(cleanup);

function setup(settings = DEFAULT_SETTINGS) {
  const onSave = vi.fn<(patch: SettingsPatch) => Promise<SaveOutcome>>(async () => ({
    ok: true,
    rescheduled: 0,
  }));
  render(<SettingsForm settings={settings} today="2026-12-01" onSave={onSave} />);
  return onSave;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

describe('Settings: your note in Obsidian', () => {
  it('a pasted obsidian:// link fills in vault and note, saved with the form', async () => {
    const onSave = setup();
    type('Paste an obsidian:// link', 'obsidian://open?vault=Work%20%231&file=Plans%2FQ%26A');
    expect(field('Vault name').value).toBe('Work #1');
    expect(field('Note path in the vault').value).toBe('Plans/Q&A');
    expect(field('Paste an obsidian:// link').value).toBe('');
    expect(screen.getByRole('status').textContent).toMatch(/filled in from the link/);
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      obsidianVault: 'Work #1',
      obsidianFile: 'Plans/Q&A',
    });
  });

  it.each([['https://example.com/?vault=v&file=f'], ['obsidian://open?path=%2Fhome%2Fme%2Fnote']])(
    'refuses %j with a way forward, leaving the fields as they were',
    (link) => {
      setup({ ...DEFAULT_SETTINGS, obsidianVault: 'Mine', obsidianFile: 'Roadmap' });
      type('Paste an obsidian:// link', link);
      const paste = field('Paste an obsidian:// link');
      // Half a link is not an error while it is typed; leaving the field says what is wrong.
      expect(paste.getAttribute('aria-invalid')).toBeNull();
      fireEvent.change(paste, { target: { value: link } });
      expect(paste.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(paste.getAttribute('aria-describedby')!)?.textContent).toMatch(
        /Copy Obsidian URL/,
      );
      expect(field('Vault name').value).toBe('Mine');
      expect(field('Note path in the vault').value).toBe('Roadmap');
    },
  );

  it('typed names are saved trimmed; a name too long is marked and nothing is saved', async () => {
    const onSave = setup();
    type('Vault name', '  Notes ');
    type('Note path in the vault', 'r'.repeat(501));
    save();
    await waitFor(() =>
      expect(field('Note path in the vault').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(onSave).not.toHaveBeenCalled();
    type('Note path in the vault', 'Roadmap ');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      obsidianVault: 'Notes',
      obsidianFile: 'Roadmap',
    });
  });
});
