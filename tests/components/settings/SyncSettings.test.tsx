import type { SyncStatus } from '../../../lib/domain/sync/sync-status';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncSettings, WHERE_IT_GOES } from '../../../components/settings/SyncSettings';

afterEach(cleanup);

const SWITCH = 'Sync this browser’s Waymark data';

const REPORT: SyncStatus = {
  lastSyncAt: Date.UTC(2026, 11, 1, 9, 30),
  bytes: 51_200,
  items: 14,
  notSyncing: [],
};

function show(props: Partial<Parameters<typeof SyncSettings>[0]> = {}) {
  const onChange = vi.fn();
  render(
    <SyncSettings
      enabled={false}
      status={undefined}
      busy={false}
      turnedOff={false}
      onChange={onChange}
      {...props}
    />,
  );
  return { onChange, section: screen.getByRole('region', { name: 'Sync' }) };
}

describe('SyncSettings', () => {
  it('is off until turned on, says where the data would go, and turns on', () => {
    const { onChange, section } = show();
    const toggle = screen.getByRole('switch', { name: SWITCH });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(section.textContent).toContain(WHERE_IT_GOES);
    expect(screen.getByRole('status').textContent).toBe('Sync is off: nothing leaves this device.');
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('turns off, and then says that other devices keep their data', () => {
    const { onChange } = show({ enabled: true, status: REPORT });
    fireEvent.click(screen.getByRole('switch', { name: SWITCH }));
    expect(onChange).toHaveBeenCalledWith(false);
    cleanup();
    show({ enabled: false, status: REPORT, turnedOff: true });
    expect(screen.getByRole('status').textContent).toMatch(
      /Data already on your other devices stays as it is/,
    );
    expect(screen.queryByText(/Last synced/)).toBeNull();
  });

  it.each([
    ['while the preference is read', { enabled: undefined }],
    ['while it is saved', { enabled: true, busy: true }],
  ])('cannot be flipped %s', (_, props) => {
    show(props);
    expect((screen.getByRole('switch', { name: SWITCH }) as HTMLInputElement).disabled).toBe(true);
  });

  it.each<[string, SyncStatus | undefined, RegExp]>([
    ['no report yet', undefined, /the first sync is on its way/],
    ['a report without a sync', { ...REPORT, lastSyncAt: undefined }, /not synced yet/],
    ['a finished sync', REPORT, /^Last synced .*2026/],
  ])('on, with %s, says when it last synced', (_, status, text) => {
    show({ enabled: true, status });
    expect(screen.getByRole('status').textContent).toMatch(text);
  });

  it.each([
    [51_200, 14, '50 KB of 100 KB used (50%) in 14 items'],
    [3_891, 1, '3.8 KB of 100 KB used (4%) in 1 item'],
    [0, 0, '0 KB of 100 KB used (0%) in 0 items'],
  ])('shows %i bytes used of the quota', (bytes, items, name) => {
    show({ enabled: true, status: { ...REPORT, bytes, items } });
    const quota = screen.getByRole('progressbar', { name });
    expect(quota.getAttribute('value')).toBe(String(bytes));
    expect(quota.getAttribute('max')).toBe('102400');
  });

  it('lists what is not syncing and why, and the problem in words, as text', () => {
    const status: SyncStatus = {
      ...REPORT,
      notSyncing: [
        { what: 'pages', count: 9_000, reason: 'They do not fit in the sync quota.' },
        { what: 'constructor', count: 2, reason: '<b>odd</b>' },
      ],
      problem: '<img src=x onerror=alert(1)> The browser refused the write.',
    };
    const { section } = show({ enabled: true, status });
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      `Attached pages (${(9000).toLocaleString()}): They do not fit in the sync quota.`,
      'constructor (2): <b>odd</b>',
    ]);
    expect(screen.getByRole('alert').textContent).toBe(`Sync problem: ${status.problem}`);
    expect(section.querySelector('img, b')).toBeNull();
  });

  it('shows a failure to read or save the preference', () => {
    show({ failure: 'Waymark could not save the sync setting.' });
    expect(screen.getByRole('alert').textContent).toBe('Waymark could not save the sync setting.');
  });
});
