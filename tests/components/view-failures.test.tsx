import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { IDBCursor } from 'fake-indexeddb';
import { useEffect } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResourceList } from '../../components/ResourceList';
import { SettingsForm } from '../../components/settings/SettingsForm';
import { StatsOverview } from '../../components/stats/StatsOverview';
import { TodayPlan } from '../../components/TodayPlan';
import { ViewBoundary } from '../../components/ViewBoundary';
import type { WaymarkDatabase } from '../../lib/db/database';
import { readSettings } from '../../lib/db/settings-repository';
import type { ResourceKind } from '../../lib/domain/types';
import { DEFAULT_SETTINGS } from '../../lib/domain/types';
import { computeToday } from '../../lib/services/compute-today';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { readStats } from '../../lib/services/read-stats';
import { describeFailure, UserError } from '../../lib/services/user-error';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';
import { writeRawRows } from '../support/write-raw-rows';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const WAY_FORWARD = {
  recoveryHref: '#import',
  recoveryText: 'restore a backup, or export one, in Import & export',
};

function Guarded({
  children,
  onReload = () => {},
}: {
  children: preact.ComponentChildren;
  onReload?: () => void;
}) {
  return (
    <>
      <nav>Other views</nav>
      <ViewBoundary describe={describeFailure} onReload={onReload} {...WAY_FORWARD}>
        {children}
      </ViewBoundary>
    </>
  );
}

function Throws({ error, when }: { error: unknown; when: 'render' | 'effect' }) {
  useEffect(() => {
    if (when === 'effect') throw error;
  }, []);
  if (when === 'render') throw error;
  return <p>Shown</p>;
}

describe('ViewBoundary', () => {
  it.each<[string, unknown, 'render' | 'effect']>([
    [
      'a value a component cannot read',
      new TypeError("Cannot read properties of null (reading 'length')"),
      'render',
    ],
    [
      'a failure written for the user',
      new UserError('That project is no longer in your roadmap.'),
      'render',
    ],
    ['a failure after the view painted', new RangeError('not a YYYY-MM-DD date: x'), 'effect'],
    ['markup in a message, shown as text', new UserError('<img src=x onerror=alert(1)>'), 'render'],
  ])('shows %s as a message with a way forward, and keeps the page', (_, error, when) => {
    const onReload = vi.fn();
    render(
      <Guarded onReload={onReload}>
        <Throws error={error} when={when} />
      </Guarded>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This view could not be shown.');
    expect(alert.textContent).toContain(describeFailure(error));
    expect(alert.querySelector('img')).toBeNull();
    expect(
      within(alert).getByRole('link', { name: WAY_FORWARD.recoveryText }).getAttribute('href'),
    ).toBe('#import');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
    expect(screen.getByText('Other views')).toBeTruthy();
    expect(screen.queryByText('Shown')).toBeNull();
  });

  it('opens the way forward in a tab of its own where asked (the popup)', () => {
    render(
      <ViewBoundary
        describe={describeFailure}
        onReload={() => {}}
        recoveryHref="chrome-extension://id/newtab.html#import"
        recoveryText="restore a backup, or export one, in Waymark"
        recoveryInNewTab
      >
        <Throws error={new TypeError('x')} when="render" />
      </ViewBoundary>,
    );
    const link = screen.getByRole('link', { name: 'restore a backup, or export one, in Waymark' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('href')).toBe('chrome-extension://id/newtab.html#import');
  });
});

describe('views given data no version of Waymark should have stored', () => {
  let db: WaymarkDatabase;

  beforeEach(async () => {
    db = createTestDatabase();
    await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  });

  /** Stats wired as its view wires it: a live read, and the view's boundary for what fails. */
  function LiveStats() {
    const state = useLiveQuery(() => readStats(db, NOW), [db]);
    if (state.status === 'error') throw state.error;
    if (state.status === 'loading') return <p>Loading stats…</p>;
    return <StatsOverview report={state.value} />;
  }

  it('Stats shows an error with a way forward when its read fails inside IndexedDB, not “Loading stats…”', async () => {
    const project = (await db.projects.toArray())[0]!;
    await writeRawRows(db, 'reviews', [
      { id: 'r', projectId: project.id, at: NOW, kind: 'build', minutes: 30, note: '', before: {} },
    ]);
    vi.spyOn(IDBCursor.prototype, 'continue').mockImplementation(() => {
      throw new DOMException('cursor gone', 'InvalidStateError');
    });
    render(
      <Guarded>
        <LiveStats />
      </Guarded>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(describeFailure(new DOMException('', 'InvalidStateError')));
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.queryByText('Loading stats…')).toBeNull();
  });

  it.each<[string, (db: WaymarkDatabase) => Promise<void>]>([
    [
      'a review in year 10000',
      async (db) => {
        const project = (await db.projects.toArray())[0]!;
        await writeRawRows(db, 'reviews', [
          {
            id: 'r',
            projectId: project.id,
            at: Date.UTC(10000, 0, 2),
            kind: 'build',
            minutes: 30,
            note: '',
            before: {},
          },
        ]);
      },
    ],
    [
      'settings with breaks "x" and rest days 5',
      (db) => writeRawRows(db, 'settings', [{ id: 'settings', breaks: 'x', restDays: 5 }]),
    ],
    [
      'a memory card that is not a whole FSRS card',
      async (db) => {
        const projects = await db.projects.toArray();
        await writeRawRows(
          db,
          'projects',
          projects.map((p) => ({ ...p, card: { due: NOW } })),
        );
      },
    ],
  ])('Stats shows its report despite %s', async (_, write) => {
    await write(db);
    render(
      <Guarded>
        <LiveStats />
      </Guarded>,
    );
    await screen.findByRole('heading', { name: 'Stats' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Today shows a resource of a kind Waymark does not know, its kind as text', async () => {
    const projectId = (await computeToday(db, NOW)).sessions[0]!.projectId;
    await writeRawRows(db, 'resources', [
      {
        id: 'res',
        projectId,
        url: 'https://example.com/',
        title: 'A page',
        kind: 'hologram',
        attachedAt: NOW,
        via: 'popup',
      },
    ]);
    render(
      <Guarded>
        <TodayPlan view={await computeToday(db, NOW)} now={NOW} actions={null} />
      </Guarded>,
    );
    expect(screen.getByRole('img', { name: 'hologram' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'A page' }).closest('li')?.textContent).toContain(
      'hologram',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Settings shows the defaults in place of stored values that fail validation, and can save', async () => {
    await writeRawRows(db, 'settings', [
      {
        id: 'settings',
        breaks: [{ from: 'a' }],
        restDays: 5,
        minutesPerWeekday: 'x',
        desiredRetention: 7,
      },
    ]);
    const onSave = vi.fn(async () => ({ ok: true as const, rescheduled: 0 }));
    render(<SettingsForm settings={await readSettings(db)} today="2026-11-28" onSave={onSave} />);
    expect(screen.getByText('No breaks planned.')).toBeTruthy();
    expect((screen.getByLabelText('Desired retention') as HTMLInputElement).value).toBe(
      String(DEFAULT_SETTINGS.desiredRetention * 100),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledOnce();
  });
});

describe('ResourceList', () => {
  it.each<[string, unknown, string]>([
    ['a kind Waymark does not know', 'hologram', 'hologram'],
    ['a kind named like an object property', 'constructor', 'constructor'],
    ['a kind named __proto__', '__proto__', '__proto__'],
    ['a number', 42, '42'],
    ['a record', { a: 1 }, '{"a":1}'],
    ['nothing', null, 'null'],
    ['a very long kind', 'k'.repeat(100), `${'k'.repeat(39)}…`],
    ['a known kind', 'repo', 'Repository'],
  ])('shows %s as text', (_, kind, shown) => {
    render(
      <ResourceList
        resources={[
          { id: 'r', title: 'A page', url: 'https://example.com/', kind: kind as ResourceKind },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: shown })).toBeTruthy();
  });
});
