import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionCard } from '../../components/SessionCard';
import type { TodaySession } from '../../lib/domain/today/today-view';

afterEach(cleanup);

const session = (toRead: number): TodaySession => ({
  projectId: 'p1',
  project: 'Build Git',
  objective: 'Distributed systems',
  minutes: 30,
  kind: 'build',
  overdueDays: 0,
  freshness: null,
  builtMinutes: 0,
  estimateMinutes: 600,
  childrenDone: 0,
  children: 0,
  resources: [],
  resourceCount: 4,
  toRead,
});

describe('SessionCard', () => {
  it.each([
    [3, '3 to read'],
    [1, '1 to read'],
  ])('shows how many pages are still to read (%i)', (toRead, label) => {
    render(<SessionCard session={session(toRead)} onStart={null} />);
    expect(screen.getByText(label)).toBeTruthy();
  });

  it('says nothing of reading once every page is read', () => {
    render(<SessionCard session={session(0)} onStart={null} />);
    expect(screen.queryByText(/to read/)).toBeNull();
  });
});
