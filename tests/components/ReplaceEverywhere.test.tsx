import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { RestoreOffer } from '../../components/import/RestoreOffer';
import { RollingBackups } from '../../components/settings/RollingBackups';

afterEach(cleanup);

const ROWS = { objectives: 4, projects: 16, resources: 3, reviews: 12 };
const DONE = () => Promise.resolve({ ok: true, message: 'Done.' });

/** Each place a restore is confirmed: renders it and opens its confirmation. */
const SURFACES: {
  name: string;
  open: (syncOn: boolean) => { confirm: Mock; args: (everywhere: boolean) => unknown[] };
}[] = [
  {
    name: 'a backup file (Import & export)',
    open: (syncOn) => {
      const confirm = vi.fn();
      render(
        <RestoreOffer
          fileName="waymark-backup.json"
          exportedAt="2026-11-28T09:00:00.000Z"
          rows={ROWS}
          busy={false}
          syncOn={syncOn}
          onConfirm={confirm}
          onCancel={vi.fn()}
        />,
      );
      return { confirm, args: (everywhere) => [everywhere] };
    },
  },
  {
    name: 'a daily backup (Settings)',
    open: (syncOn) => {
      const confirm = vi.fn(DONE);
      render(
        <RollingBackups
          backups={[
            { day: '2026-11-28', createdAt: Date.UTC(2026, 10, 28), bytes: 512, rows: ROWS },
          ]}
          beforeRestore={null}
          problem={null}
          syncOn={syncOn}
          onRestore={confirm}
          onUndoRestore={vi.fn(DONE)}
          onRetryBackup={vi.fn(DONE)}
        />,
      );
      fireEvent.click(screen.getByRole('button', { name: /^Restore the backup of/ }));
      return { confirm, args: (everywhere) => ['2026-11-28', everywhere] };
    },
  },
  {
    name: 'the undo of a restore (Settings)',
    open: (syncOn) => {
      const confirm = vi.fn(DONE);
      render(
        <RollingBackups
          backups={[]}
          beforeRestore={{ createdAt: Date.UTC(2026, 10, 28), bytes: 512, rows: ROWS }}
          problem={null}
          syncOn={syncOn}
          onRestore={vi.fn(DONE)}
          onUndoRestore={confirm}
          onRetryBackup={vi.fn(DONE)}
        />,
      );
      fireEvent.click(screen.getByRole('button', { name: /^Undo the last restore/ }));
      return { confirm, args: (everywhere) => [everywhere] };
    },
  },
];

const CHOICE = 'Also replace the data on my other devices';
const restoreNow = () => screen.getByRole('button', { name: /^(Restore|Undo restore) now$/ });

describe.each(SURFACES)('restoring $name', ({ open }) => {
  it('without sync, offers no choice and only restores here', () => {
    const { confirm, args } = open(false);
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(restoreNow());
    expect(confirm).toHaveBeenCalledExactlyOnceWith(...args(false));
  });

  it('with sync on, the choice is unticked and says what it does; left so, it restores here only', () => {
    const { confirm, args } = open(true);
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: CHOICE });
    expect(box.checked).toBe(false);
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    const hint = document.getElementById(box.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toMatch(
      /^Your other browsers signed in to sync will show this backup’s data; what they have that it lacks is removed\.$/,
    );
    fireEvent.click(restoreNow());
    expect(screen.queryByRole('group', { name: 'Replace on every device?' })).toBeNull();
    expect(confirm).toHaveBeenCalledExactlyOnceWith(...args(false));
  });

  it('ticked, it asks a second time; Cancel there restores nothing, agreeing replaces everywhere', () => {
    const { confirm, args } = open(true);
    fireEvent.click(screen.getByRole('checkbox', { name: CHOICE }));
    fireEvent.click(restoreNow());
    const second = screen.getByRole('group', { name: 'Replace on every device?' });
    expect(second.textContent).toMatch(/removed from them/);
    expect(confirm).not.toHaveBeenCalled();
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: CHOICE }).disabled).toBe(true);

    fireEvent.click(within(second).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Replace on every device?' })).toBeNull();
    expect(confirm).not.toHaveBeenCalled();

    fireEvent.click(restoreNow());
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Replace on every device?' })).getByRole('button', {
        name: 'Replace everywhere',
      }),
    );
    expect(confirm).toHaveBeenCalledExactlyOnceWith(...args(true));
  });

  it('ticked then unticked, it restores here only, without the second question', () => {
    const { confirm, args } = open(true);
    const box = screen.getByRole('checkbox', { name: CHOICE });
    fireEvent.click(box);
    fireEvent.click(box);
    fireEvent.click(restoreNow());
    expect(screen.queryByRole('group', { name: 'Replace on every device?' })).toBeNull();
    expect(confirm).toHaveBeenCalledExactlyOnceWith(...args(false));
  });
});
