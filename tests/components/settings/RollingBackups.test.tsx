import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RollingBackups } from '../../../components/settings/RollingBackups';

afterEach(cleanup);

const ROWS = { objectives: 4, projects: 16, resources: 3, reviews: 12 };
const BACKUPS = [
  { day: '2026-11-29', createdAt: new Date(2026, 10, 29, 9).getTime(), bytes: 20_480, rows: ROWS },
  { day: '2026-11-28', createdAt: new Date(2026, 10, 28, 9).getTime(), bytes: 512, rows: ROWS },
];
const BEFORE = { createdAt: new Date(2026, 10, 29, 15).getTime(), bytes: 3 << 20, rows: ROWS };

function renderBackups(overrides: Partial<Parameters<typeof RollingBackups>[0]> = {}) {
  const props = {
    backups: BACKUPS,
    beforeRestore: null,
    problem: null,
    syncOn: false,
    onRestore: vi.fn(() => Promise.resolve({ ok: true, message: 'Backup restored.' })),
    onUndoRestore: vi.fn(() => Promise.resolve({ ok: true, message: 'Restore undone.' })),
    onRetryBackup: vi.fn(() => Promise.resolve({ ok: true, message: 'Backed up.' })),
    ...overrides,
  };
  render(<RollingBackups {...props} />);
  return props;
}

describe('RollingBackups', () => {
  it('lists each backup with its size and rows, and restores one only once confirmed', async () => {
    const props = renderBackups();
    const list = screen.getByRole('list', { name: 'Automatic backups' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.dataset.backupDay)).toEqual(['2026-11-29', '2026-11-28']);
    expect(items[0]!.textContent).toMatch(/20\.0 KB · 4 objectives, 16 projects, 3 resources/);
    expect(items[1]!.textContent).toMatch(/512 B/);

    fireEvent.click(within(items[1]!).getByRole('button', { name: /^Restore the backup of/ }));
    expect(props.onRestore).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Restore now' }));
    expect(props.onRestore).toHaveBeenCalledWith('2026-11-28', false);
    expect(screen.queryByRole('checkbox')).toBeNull();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Backup restored.'));
    expect(screen.queryByRole('button', { name: 'Restore now' })).toBeNull();
  });

  it('when the current data cannot be copied, says why and restores only if the user goes ahead', async () => {
    const goAhead = vi.fn(() => Promise.resolve({ ok: true, message: 'Restored without a copy.' }));
    const refused = { ok: false, message: 'Nothing was restored: cannot keep a copy.', goAhead };
    const props = renderBackups({ onRestore: vi.fn(() => Promise.resolve(refused)) });
    fireEvent.click(screen.getAllByRole('button', { name: /^Restore the backup of/ })[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Restore now' }));
    const consent = await screen.findByRole('group', { name: 'Go ahead anyway?' });
    expect(within(consent).getByRole('alert').textContent).toMatch(/cannot keep a copy/);
    expect(goAhead).not.toHaveBeenCalled();
    fireEvent.click(within(consent).getByRole('button', { name: 'Restore without a copy' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Restored without a copy.'),
    );
    expect(goAhead).toHaveBeenCalledOnce();
    expect(props.onRestore).toHaveBeenCalledOnce();
  });

  it('cancelling the go-ahead changes nothing', async () => {
    const goAhead = vi.fn(() => Promise.resolve({ ok: true, message: 'x' }));
    renderBackups({ onRestore: () => Promise.resolve({ ok: false, message: 'no copy', goAhead }) });
    fireEvent.click(screen.getAllByRole('button', { name: /^Restore the backup of/ })[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Restore now' }));
    const consent = await screen.findByRole('group', { name: 'Go ahead anyway?' });
    fireEvent.click(within(consent).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Go ahead anyway?' })).toBeNull();
    expect(goAhead).not.toHaveBeenCalled();
  });

  it('cancelling a confirmation restores nothing', () => {
    const props = renderBackups();
    fireEvent.click(screen.getAllByRole('button', { name: /^Restore the backup of/ })[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onRestore).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Restore now' })).toBeNull();
  });

  it('offers to undo the last restore when a copy from before it is kept', async () => {
    renderBackups();
    expect(screen.queryByRole('list', { name: 'Before the last restore' })).toBeNull();
    cleanup();

    const props = renderBackups({ beforeRestore: BEFORE });
    const undo = screen.getByRole('list', { name: 'Before the last restore' });
    expect(undo.textContent).toMatch(/3\.0 MB/);
    fireEvent.click(within(undo).getByRole('button', { name: /^Undo the last restore/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo restore now' }));
    expect(props.onUndoRestore).toHaveBeenCalledExactlyOnceWith(false);
    expect(props.onRestore).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Restore undone.'));
  });

  it('shows why the last automatic backup failed, and tries it again on demand', async () => {
    const problem = { at: BACKUPS[0]!.createdAt, message: 'The browser has no room left.' };
    const props = renderBackups({
      problem,
      onRetryBackup: vi.fn(() => Promise.resolve({ ok: false, message: 'The backup failed.' })),
    });
    expect(screen.getByRole('alert').textContent).toMatch(
      /^The automatic backup of .+ failed: The browser has no room left\. The earlier backups are kept\.$/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try the backup again' }));
    expect(props.onRetryBackup).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(
        'The backup failed.',
      ),
    );
  });

  it('says when there is no backup yet, and offers no retry without a failure', () => {
    renderBackups({ backups: [] });
    expect(screen.queryByRole('button', { name: 'Try the backup again' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Automatic backups' })).toBeNull();
    expect(screen.getByText(/No automatic backup yet/)).toBeTruthy();
  });
});
