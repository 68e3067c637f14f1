import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NextSession } from '../../components/popup/NextSession';
import {
  TODAY_VIEW_FORMAT,
  type TodaySession,
  type TodayView,
} from '../../lib/domain/today/today-view';

afterEach(cleanup);

function session(projectId: string, project: string, objective: string, minutes = 30) {
  return {
    projectId,
    project,
    objective,
    minutes,
    kind: 'review',
    overdueDays: 0,
    freshness: 0.8,
    builtMinutes: 0,
    estimateMinutes: 600,
    childrenDone: 0,
    children: 0,
    resources: [{ id: 'r1', title: 'Docs', url: 'https://example.com/', kind: 'docs' }],
    resourceCount: 1,
    toRead: 1,
  } satisfies TodaySession;
}

function todayView(extra: Partial<TodayView> = {}): TodayView {
  return {
    format: TODAY_VIEW_FORMAT,
    day: '2025-03-14',
    hasRoadmap: true,
    budget: 90,
    plannedMinutes: 75,
    studiedMinutes: 0,
    overdue: 0,
    sessions: [
      session('p1', 'Build Git', 'Distributed systems'),
      session('p2', 'Docker', 'ML Infra', 45),
    ],
    done: [],
    unplaceable: [],
    active: null,
    next: null,
    ...extra,
  };
}

function renderNext(view: TodayView, result = { ok: true, message: 'Studying Build Git.' }) {
  const onStart = vi.fn().mockResolvedValue(result);
  const onOpenWaymark = vi.fn();
  render(<NextSession view={view} onStart={onStart} onOpenWaymark={onOpenWaymark} />);
  return { onStart, onOpenWaymark };
}

describe('NextSession', () => {
  it('shows the first session of the day with its objective and length', () => {
    renderNext(todayView());
    expect(screen.getByText('Next: Build Git · Distributed systems · 30 min')).toBeTruthy();
    expect(screen.queryByText(/Docker/)).toBeNull();
  });

  it('starts that session and then shows it as under way', async () => {
    const view = todayView();
    const { onStart, onOpenWaymark } = renderNext(view);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(screen.getByText('Build Git')).toBeTruthy());
    expect(onStart).toHaveBeenCalledWith(view.sessions[0]);
    expect(screen.getByText(/Studying/).textContent).toBe('Studying Build Git');
    fireEvent.click(screen.getByRole('button', { name: 'Open Waymark' }));
    expect(onOpenWaymark).toHaveBeenCalledTimes(1);
  });

  it('keeps the Start button and says why when starting fails', async () => {
    const { onStart } = renderNext(todayView(), { ok: false, message: 'The database is busy.' });
    const start = screen.getByRole('button', { name: 'Start' });
    fireEvent.click(start);
    expect(((await screen.findByRole('alert')) as HTMLElement).textContent).toBe(
      'The database is busy.',
    );
    expect(onStart).toHaveBeenCalledTimes(1);
    expect((start as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByText(/Studying/)).toBeNull();
  });

  it('shows the running session instead of the next one, with a way to the planner', () => {
    const { onStart, onOpenWaymark } = renderNext(
      todayView({
        active: { projectId: 'p2', project: 'Docker', startedAt: 1, lastResource: null },
      }),
    );
    expect(screen.getByText(/Studying/).textContent).toBe('Studying Docker');
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(screen.queryByText(/Next:/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open Waymark' }));
    expect(onOpenWaymark).toHaveBeenCalledTimes(1);
    expect(onStart).not.toHaveBeenCalled();
  });

  it('shows nothing when no session is left today', () => {
    const { container } = render(
      <NextSession view={todayView({ sessions: [] })} onStart={vi.fn()} onOpenWaymark={vi.fn()} />,
    );
    expect(container.innerHTML).toBe('');
  });
});
