import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PersistentStorageStatus } from '../../../components/settings/PersistentStorageStatus';

afterEach(cleanup);

const ASK = 'Ask the browser to keep Waymark’s data';

describe('PersistentStorageStatus', () => {
  it('offers to ask when storage is not persistent', () => {
    const onRequest = vi.fn();
    render(
      <PersistentStorageStatus
        status="not-granted"
        refused={false}
        busy={false}
        onRequest={onRequest}
      />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/Persistent storage is off/);
    fireEvent.click(screen.getByRole('button', { name: ASK }));
    expect(onRequest).toHaveBeenCalledTimes(1);
  });

  it('says when the browser declined', () => {
    render(
      <PersistentStorageStatus status="not-granted" refused busy={false} onRequest={vi.fn()} />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/declined/);
  });

  it.each([
    ['granted', /Persistent storage is on/],
    ['unsupported', /does not say/],
  ] as const)('%s: explains and offers nothing to click', (status, text) => {
    render(
      <PersistentStorageStatus status={status} refused={false} busy={false} onRequest={vi.fn()} />,
    );
    expect(screen.getByRole('status').textContent).toMatch(text);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
