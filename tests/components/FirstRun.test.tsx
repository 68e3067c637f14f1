import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstRun } from '../../components/FirstRun';

afterEach(cleanup);

describe('FirstRun', () => {
  it('offers the example roadmap', () => {
    const onTryExample = vi.fn();
    render(<FirstRun busy={false} error={null} onTryExample={onTryExample} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try the example roadmap' }));
    expect(onTryExample).toHaveBeenCalledOnce();
  });

  it('disables the button while importing and shows an import error', () => {
    render(<FirstRun busy error="nothing to import" onTryExample={vi.fn()} />);
    expect((screen.getByRole('button', { name: 'Importing…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByRole('alert').textContent).toBe('nothing to import');
  });
});
