import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  OPEN_ALL_UP_TO,
  RoadmapOverview,
  type RoadmapActions,
} from '../../components/RoadmapOverview';
import { objective, project } from './fixtures';

afterEach(cleanup);

const objectives = [objective('o1', 'Distributed systems', 0), objective('o2', 'ML infra', 1)];
const projects = [
  project('p1', 'o1', 'Build Git', { done: true }),
  project('p2', 'o1', 'Lox Interpreter', { sessionMinutes: 45 }),
  project('p3', 'o2', 'Kubernetes', { status: 'paused' }),
];

function actions(): RoadmapActions {
  return {
    setDone: vi.fn(),
    setStatus: vi.fn(),
    setSessionMinutes: vi.fn(),
    moveObjective: vi.fn(),
    resetObjectiveOrder: vi.fn(),
    toggleDetails: vi.fn(),
  };
}

function renderOverview(overrides: Partial<Parameters<typeof RoadmapOverview>[0]> = {}) {
  return render(
    <RoadmapOverview
      title="My roadmap"
      objectives={objectives}
      projects={projects}
      resourceCounts={new Map([['p2', 3]])}
      freshness={new Map([['o1', 0.68]])}
      reordered={false}
      defaultSessionMinutes={30}
      openProjectId={null}
      details={null}
      actions={actions()}
      {...overrides}
    />,
  );
}

describe('RoadmapOverview', () => {
  it('lists projects under their objective with progress, freshness and resource counts', () => {
    renderOverview();
    const first = screen.getByRole('region', { name: 'Distributed systems' });
    expect(within(first).getByRole('heading').textContent).toBe(
      'Distributed systems 1/2 done · 68% fresh',
    );
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.project-line > a, .project-line > span')?.textContent),
    ).toEqual(['Build Git', 'Lox Interpreter']);
    expect(within(first).getByText('3 resources')).toBeTruthy();
    expect((within(first).getByLabelText('Build Git done') as HTMLInputElement).checked).toBe(true);
    expect(
      (within(first).getByLabelText('Session minutes for Lox Interpreter') as HTMLInputElement)
        .value,
    ).toBe('45');
    const second = screen.getByRole('region', { name: 'ML infra' });
    expect(within(second).getByRole('heading').textContent).toBe('ML infra 0/1 done');
    expect(within(second).getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('sends each action with the project it belongs to', () => {
    const a = actions();
    renderOverview({ actions: a });
    fireEvent.click(screen.getByLabelText('Lox Interpreter done'));
    expect(a.setDone).toHaveBeenCalledWith('p2', true);
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Distributed systems' })).getAllByRole('button', {
        name: 'Pause',
      })[0]!,
    );
    expect(a.setStatus).toHaveBeenCalledWith('p1', 'paused');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(a.setStatus).toHaveBeenCalledWith('p3', 'resume');
    fireEvent.change(screen.getByLabelText('Session minutes for Build Git'), {
      target: { value: '50' },
    });
    expect(a.setSessionMinutes).toHaveBeenCalledWith('p1', 50);
  });

  it('moves objectives up and down, never past either end', () => {
    const a = actions();
    renderOverview({ actions: a });
    const up = (title: string) => screen.getByRole('button', { name: `Move ${title} up` });
    const down = (title: string) => screen.getByRole('button', { name: `Move ${title} down` });
    expect((up('Distributed systems') as HTMLButtonElement).disabled).toBe(true);
    expect((down('ML infra') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(up('ML infra'));
    expect(a.moveObjective).toHaveBeenCalledWith('o2', 0);
    fireEvent.click(down('Distributed systems'));
    expect(a.moveObjective).toHaveBeenCalledWith('o1', 1);
    expect(screen.queryByRole('button', { name: "Back to the note's order" })).toBeNull();
  });

  it('keeps the keyboard on a moved objective once the new order arrives, and only then', () => {
    const a = actions();
    const { rerender } = renderOverview({ actions: a });
    fireEvent.click(screen.getByRole('button', { name: 'Move ML infra up' }));
    const reorder = (list: typeof objectives) =>
      rerender(
        <RoadmapOverview
          title="My roadmap"
          objectives={list}
          reordered
          projects={projects}
          resourceCounts={new Map()}
          freshness={new Map()}
          defaultSessionMinutes={30}
          openProjectId={null}
          details={null}
          actions={a}
        />,
      );
    reorder([objectives[1]!, objectives[0]!]);
    // At the top "up" is disabled: the keyboard lands on "down".
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move ML infra down');
    const minutes = screen.getByLabelText('Session minutes for Build Git') as HTMLInputElement;
    minutes.focus();
    reorder([objectives[1]!, objectives[0]!]);
    expect(document.activeElement).toBe(minutes);
  });

  it('offers the note order back once objectives are reordered', () => {
    const a = actions();
    renderOverview({ actions: a, reordered: true });
    fireEvent.click(screen.getByRole('button', { name: "Back to the note's order" }));
    expect(a.resetObjectiveOrder).toHaveBeenCalledOnce();
  });

  it('renders hostile titles as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const { container } = renderOverview({
      title: hostile,
      objectives: [objective('o1', hostile, 0)],
      projects: [
        project('p1', 'o1', hostile, { links: [{ url: 'https://example.org/', label: 'x' }] }),
      ],
    });
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('link').textContent).toBe(hostile);
    expect(screen.getByRole('link').getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('opens and closes an objective from its title, saying which state it is in', () => {
    renderOverview();
    const toggle = screen.getByRole('button', { name: 'ML infra' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.textContent).toMatch(
      /Kubernetes/,
    );
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
    expect(screen.queryByText('Kubernetes')).toBeNull();
    // The heading still counts what is inside.
    expect(
      within(screen.getByRole('region', { name: 'ML infra' })).getByRole('heading').textContent,
    ).toBe('ML infra 0/1 done');
  });

  it(`past ${OPEN_ALL_UP_TO} projects, opens only the first objective until asked`, () => {
    const many = Array.from({ length: OPEN_ALL_UP_TO + 1 }, (_, i) =>
      project(`m${i}`, i % 2 ? 'o2' : 'o1', `Project ${i}`),
    );
    renderOverview({ projects: many });
    const rows = () => document.querySelectorAll('li.project').length;
    expect(rows()).toBe(Math.ceil(many.length / 2));
    expect(screen.getByRole('button', { name: 'ML infra' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open all' }));
    expect(rows()).toBe(many.length);
    fireEvent.click(screen.getByRole('button', { name: 'Close all' }));
    expect(rows()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'ML infra' }));
    expect(rows()).toBe(Math.floor(many.length / 2));
  });

  it('starts from the objectives opened or closed last time, and reports each change', () => {
    const onToggledChange = vi.fn();
    renderOverview({ initialToggled: ['o2'], onToggledChange });
    const ml = screen.getByRole('button', { name: 'ML infra' });
    expect(ml.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Distributed systems' }));
    expect(onToggledChange).toHaveBeenLastCalledWith(['o2', 'o1']);
    fireEvent.click(ml);
    expect(onToggledChange).toHaveBeenLastCalledWith(['o1']);
    expect(ml.getAttribute('aria-expanded')).toBe('true');
  });
});
