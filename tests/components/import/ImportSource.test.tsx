import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataActions } from '../../../components/import/DataActions';
import { ImportSource } from '../../../components/import/ImportSource';
import { RestoreOffer } from '../../../components/import/RestoreOffer';

afterEach(cleanup);

describe('ImportSource', () => {
  it('hands over pasted text only when there is some', () => {
    const onText = vi.fn();
    render(<ImportSource busy={false} onText={onText} onFile={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Preview import' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Paste your roadmap note'), {
      target: { value: '- [ ] a' },
    });
    fireEvent.click(button);
    expect(onText).toHaveBeenCalledWith('- [ ] a');
  });

  it('hands over a chosen or dropped file', () => {
    const onFile = vi.fn();
    render(<ImportSource busy={false} onText={vi.fn()} onFile={onFile} />);
    const file = new File(['# x'], 'note.md');
    const input = screen.getByLabelText('Choose a file') as HTMLInputElement;
    expect(input.accept).toBe('.md,.markdown,.txt,.json');
    fireEvent.change(input, { target: { files: [file] } });
    expect(onFile).toHaveBeenLastCalledWith(file);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    fireEvent(input.closest('.import-source')!, drop);
    expect(onFile).toHaveBeenCalledTimes(2);
    expect(drop.defaultPrevented).toBe(true);
  });
});

describe('RestoreOffer', () => {
  it('names the backup, its date and contents, and calls back', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <RestoreOffer
        fileName="waymark-backup-2026-11-28.json"
        exportedAt="2026-11-28T09:00:00.000Z"
        rows={{ projects: 16, resources: 2 }}
        busy={false}
        syncOn={false}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />,
    );
    expect(screen.getByText(/waymark-backup-2026-11-28.json was made on 2026-11-28/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText('projects: 16')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onConfirm).toHaveBeenCalledWith(false);
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('DataActions', () => {
  it('exports a backup and markdown, restores a chosen file', () => {
    const props = {
      busy: false,
      canExportMarkdown: true,
      onExportBackup: vi.fn(),
      onExportMarkdown: vi.fn(),
      onRestoreFile: vi.fn(),
    };
    render(<DataActions {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export markdown' }));
    const file = new File(['{}'], 'b.json');
    fireEvent.change(screen.getByLabelText('Restore backup'), { target: { files: [file] } });
    expect(props.onExportBackup).toHaveBeenCalledOnce();
    expect(props.onExportMarkdown).toHaveBeenCalledOnce();
    expect(props.onRestoreFile).toHaveBeenCalledWith(file);
  });

  it('offers no markdown export before there is a roadmap', () => {
    render(
      <DataActions
        busy={false}
        canExportMarkdown={false}
        onExportBackup={vi.fn()}
        onExportMarkdown={vi.fn()}
        onRestoreFile={vi.fn()}
      />,
    );
    expect(
      (screen.getByRole('button', { name: 'Export markdown' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
