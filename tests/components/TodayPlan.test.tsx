import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TodayPlan } from '../../components/TodayPlan';
import type { TodayView } from '../../lib/domain/today/today-view';
import { NOW, VIEW, todayActions } from './today-fixtures';

afterEach(cleanup);

function renderToday(view: Partial<TodayView> = {}, withActions = true) {
  const actions = todayActions();
  render(
    <TodayPlan view={{ ...VIEW, ...view }} now={NOW} actions={withActions ? actions : null} />,
  );
  return actions;
}

const card = (name: string) => screen.getByRole('article', { name });

describe('TodayPlan', () => {
  it('shows the day’s minutes against its budget and how many sessions are overdue', () => {
    renderToday();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Today Monday 30/);
    const budget = document.querySelector('.budget')!;
    expect(budget.textContent).toBe('1 h planned, 25 min studied of 1 h 30 min1 overdue');
    expect(budget.querySelector('meter')?.getAttribute('value')).toBe('85');
  });

  it('shows each session’s objective, length, freshness, lateness and resources with their kind', () => {
    renderToday();
    const git = card('Build Git');
    expect(within(git).getByText(/Distributed systems · 30 min/)).toBeTruthy();
    expect(within(git).getByText('71% fresh')).toBeTruthy();
    expect(within(git).getByText('3 days overdue')).toBeTruthy();
    const links = within(git).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['git internals', 'https://git-scm.com/book'],
      ['ugit', 'https://github.com/x/ugit'],
      ['a page', 'https://example.com/'],
    ]);
    expect(
      within(git)
        .getAllByRole('img')
        .map((i) => i.getAttribute('aria-label')),
    ).toEqual(['Documentation', 'Repository', 'Page']);
    const words = [...git.querySelectorAll('.resource-kind')].map((s) => s.textContent?.trim());
    expect(words).toEqual(['documentation', 'repository']);
    expect(within(git).getByText('and 2 more')).toBeTruthy();
  });

  it('renders user text as text', () => {
    renderToday();
    const hostile = card('<img src=x onerror=alert(1)>');
    expect(hostile.querySelector('img')).toBeNull();
    expect(within(hostile).getByText('build')).toBeTruthy();
  });

  it('shows a build session’s progress: hours of the estimate and steps ticked', () => {
    renderToday();
    const lox = card('Lox Interpreter');
    expect(within(lox).getByText('build')).toBeTruthy();
    expect(lox.querySelector('.build-progress')?.textContent).toBe('3.5 h of 10 h · 2 of 5 steps');
    const bar = within(lox).getByRole('progressbar', { name: 'Lox Interpreter built' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['210', '600']);
    expect(within(lox).queryByRole('button', { name: 'Mark done' })).toBeNull();
  });

  it('says when a project is past its estimate, with one click to raise it or mark it done', () => {
    const actions = renderToday();
    const fly = card('Fly Dist Sys Challenges');
    expect(fly.querySelector('.build-progress')?.textContent).toBe(
      '10.7 h of 10 h · past its estimate',
    );
    fireEvent.click(within(fly).getByRole('button', { name: 'Raise estimate to 16 h' }));
    expect(actions.pastEstimate).toHaveBeenCalledWith('id of Fly Dist Sys Challenges', 'raise');
    fireEvent.click(within(fly).getByRole('button', { name: 'Mark done' }));
    expect(actions.pastEstimate).toHaveBeenCalledWith('id of Fly Dist Sys Challenges', 'done');
  });

  it.each([
    [
      { objective: 'Distributed systems', done: '2027-02-04' },
      'Next: Distributed systems reached by 4 February 2027',
    ],
    [
      { objective: 'ML', done: '2027-02-04', targetDate: '2027-03-01' },
      'Next: ML reached by 4 February 2027on track',
    ],
    [
      { objective: 'ML', done: '2027-04-04', targetDate: '2027-03-01' },
      'Next: ML reached by 4 April 2027late for 1 March 2027',
    ],
    [{ objective: 'ML', done: null }, 'Next: ML is not reached within ten years at this pace'],
  ])('names the next objective and when it is reached: %o', (next, text) => {
    renderToday({ next });
    expect(document.querySelector('.next-objective')?.textContent).toBe(text);
  });

  it('shows no next-objective line when nothing is left to reach', () => {
    renderToday({ next: null });
    expect(document.querySelector('.next-objective')).toBeNull();
  });

  it('starts a session, tells which page was opened, and offers to shorten what fits nowhere', () => {
    const actions = renderToday();
    const git = card('Build Git');
    fireEvent.click(within(git).getByRole('button', { name: 'Start' }));
    expect(actions.start).toHaveBeenCalledWith(VIEW.sessions[0]!.projectId);
    // The test stays offline: the click is seen, the navigation never starts.
    document.addEventListener('click', (e) => e.preventDefault(), { capture: true, once: true });
    fireEvent.click(within(git).getByRole('link', { name: 'ugit' }));
    expect(actions.opened).toHaveBeenCalledWith('r2');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^Kubernetes: too long/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Shorten to 1 h 30 min' }));
    expect(actions.shorten).toHaveBeenCalledWith('k8s', 90);
    expect(
      within(git).getByRole('button', { name: 'Start' }).getAttribute('aria-keyshortcuts'),
    ).toBe('s');
  });

  it('keeps Start disabled until the page’s actions load', () => {
    renderToday({}, false);
    for (const start of screen.getAllByRole('button', { name: 'Start' }))
      expect((start as HTMLButtonElement).disabled).toBe(true);
  });

  it('while a session runs: its timer, Continue and Finish, and no second Start', () => {
    const actions = renderToday({
      active: {
        projectId: VIEW.sessions[0]!.projectId,
        project: 'Build Git',
        startedAt: NOW - 25 * 60_000,
        groupId: 4,
        lastResource: null,
      },
    });
    const status = screen.getAllByRole('status')[0]!;
    expect(status.textContent).toMatch(/^Studying Build Git for 25/);
    fireEvent.click(within(status).getByRole('button', { name: 'Continue' }));
    expect(actions.resume).toHaveBeenCalled();
    fireEvent.click(within(status).getByRole('button', { name: 'Finish' }));
    expect(actions.finish).toHaveBeenCalled();
    for (const start of screen.getAllByRole('button', { name: 'Start' }))
      expect((start as HTMLButtonElement).disabled).toBe(true);
  });

  it.each([
    [90, 'Nothing left for today.'],
    [0, 'A rest day: nothing planned.'],
  ])('with a budget of %i and nothing left, says so', (budget, text) => {
    renderToday({ budget, sessions: [], unplaceable: [] });
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Done today' })).toBeTruthy();
    expect(screen.getByText(/✓ Lox/)).toBeTruthy();
  });
});
