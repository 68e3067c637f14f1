import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import type { Objective } from '../../lib/domain/types';
import { useLiveQueryWithCopy, type LocalCopy } from '../../lib/ui/use-live-query';
import { objective } from './fixtures';
import { createTestDatabase } from '../support/test-database';

let db: WaymarkDatabase;
let stored: Objective[] | null;
const copy: LocalCopy<Objective[]> = {
  read: () => stored,
  write: (value) => (stored = value),
};

beforeEach(async () => {
  db = createTestDatabase();
  await db.objectives.put(objective('o1', 'Live objective', 0));
});
afterEach(cleanup);

function Titles({ usable }: { usable: (value: Objective[]) => boolean }) {
  const state = useLiveQueryWithCopy(() => db.objectives.toArray(), [], copy, usable);
  if (state.status === 'loading') return <p>Loading</p>;
  if (state.status === 'error') return <p>{state.message}</p>;
  return (
    <p>
      {state.status}: {state.value.map((o) => o.title).join(', ')}
    </p>
  );
}

describe('useLiveQueryWithCopy', () => {
  it('shows the stored copy until the live result, then stores that', async () => {
    stored = [objective('o9', 'Stored objective', 0)];
    render(<Titles usable={() => true} />);
    expect(screen.getByText('stale: Stored objective')).toBeTruthy();
    await screen.findByText('ready: Live objective');
    await waitFor(() => expect(stored?.map((o) => o.title)).toEqual(['Live objective']));
  });

  it('waits for the live result when the copy is not usable, or missing', async () => {
    stored = [objective('o9', 'Stored objective', 0)];
    render(<Titles usable={(value) => value.length > 1} />);
    expect(screen.getByText('Loading')).toBeTruthy();
    await screen.findByText('ready: Live objective');
    cleanup();
    stored = null;
    render(<Titles usable={() => true} />);
    expect(screen.getByText('Loading')).toBeTruthy();
    await screen.findByText('ready: Live objective');
  });
});
