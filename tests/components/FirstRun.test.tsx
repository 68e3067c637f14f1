import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstRun } from '../../components/FirstRun';

afterEach(cleanup);

describe('FirstRun', () => {
  it('offers the example roadmap', () => {
    const onTryExample = vi.fn();
    const onImport = vi.fn();
    render(<FirstRun busy={false} error={null} onTryExample={onTryExample} onImport={onImport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try the example roadmap' }));
    expect(onTryExample).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Import your roadmap' }));
    expect(onImport).toHaveBeenCalledOnce();
  });

  it('keeps the example button disabled until the page can act on it', () => {
    render(<FirstRun busy={false} error={null} onTryExample={null} onImport={vi.fn()} />);
    const button = screen.getByRole('button', {
      name: 'Try the example roadmap',
    }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });

  it('keeps the import button disabled on a stored screen, which has no handler', () => {
    render(<FirstRun busy={false} error={null} onTryExample={null} onImport={null} />);
    const button = screen.getByRole('button', { name: 'Import your roadmap' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });

  it('disables the button while importing and shows an import error', () => {
    render(<FirstRun busy error="nothing to import" onTryExample={vi.fn()} onImport={vi.fn()} />);
    expect((screen.getByRole('button', { name: 'Importing…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByRole('alert').textContent).toBe('nothing to import');
  });
});
