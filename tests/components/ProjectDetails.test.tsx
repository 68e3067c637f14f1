import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectDetails } from '../../components/ProjectDetails';
import type { Project, Resource, Review } from '../../lib/domain/types';
import { objective, project } from './fixtures';

afterEach(cleanup);

const objectives = [objective('o1', 'Distributed systems', 0), objective('o2', 'ML infra', 1)];
const projects = [
  project('p1', 'o1', 'Build Git', {
    children: ['Objects', 'Refs', 'Packfiles'],
    childrenDone: ['Refs'],
    phase: 'building',
    builtMinutes: 210,
  }),
  project('p2', 'o1', 'Lox Interpreter'),
  project('p3', 'o2', 'Kubernetes'),
];
const resource = (id: string, title: string): Resource => ({
  id,
  projectId: 'p1',
  url: `https://example.org/${id}`,
  title,
  kind: 'docs',
  attachedAt: 0,
  via: 'popup',
});
const before: Review['before'] = {
  phase: 'building',
  builtMinutes: 0,
  childrenDone: [],
  status: 'active',
};
const review: Review = {
  id: 'v1',
  projectId: 'p1',
  at: Date.UTC(2026, 10, 22, 18),
  kind: 'review',
  rating: 'good',
  minutes: 20,
  note: 'still fresh',
  before,
};
const builds: Review[] = [
  {
    id: 'v2',
    projectId: 'p1',
    at: Date.UTC(2026, 10, 21, 18),
    kind: 'build',
    minutes: 30,
    note: '',
    finished: true,
    before,
  },
  {
    id: 'v3',
    projectId: 'p1',
    at: Date.UTC(2026, 10, 20, 18),
    kind: 'build',
    minutes: 45,
    note: 'objects done',
    childrenDone: ['Objects'],
    before,
  },
];

function setup(
  resources = [resource('r1', 'Git internals'), resource('r2', 'Pro Git')],
  shown: Project = projects[0]!,
) {
  const onMove = vi.fn();
  const onDetach = vi.fn();
  const onChildDone = vi.fn();
  const onRead = vi.fn();
  const onNote = vi.fn();
  render(
    <ProjectDetails
      project={shown}
      resources={resources}
      reviews={[review, ...builds]}
      objectives={objectives}
      projects={projects}
      defaultEffortHours={10}
      onChildDone={onChildDone}
      onDetach={onDetach}
      onMove={onMove}
      onRead={onRead}
      onNote={onNote}
    />,
  );
  return { onMove, onDetach, onChildDone, onRead, onNote };
}

describe('ProjectDetails', () => {
  it('lists resources and the history of build sessions and reviews', () => {
    setup();
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Git internals',
      'Pro Git',
    ]);
    expect(
      [...document.querySelectorAll('.history li')].map((li) =>
        // After the date and time.
        li.textContent?.split(': ').slice(1).join(': '),
      ),
    ).toEqual([
      'review good, 20 min — still fresh',
      'build, 30 min, project done',
      'build, 45 min — objects done',
    ]);
    expect(screen.getByText('good').tagName).toBe('STRONG');
  });

  it('shows the estimate, the default when the project has none of its own', () => {
    setup();
    expect(screen.getByText(/^Estimate:/).textContent).toBe(
      'Estimate: 10 h (the default), 3.5 h built.',
    );
    cleanup();
    setup([], project('p2', 'o1', 'Lox Interpreter', { estimateMinutes: 750, builtMinutes: 60 }));
    expect(screen.getByText(/^Estimate:/).textContent).toBe('Estimate: 12.5 h, 1 h built.');
  });

  it('ticks breakdown items off and back on', () => {
    const { onChildDone } = setup();
    const items = within(screen.getByRole('list', { name: 'Breakdown' })).getAllByRole(
      'checkbox',
    ) as HTMLInputElement[];
    expect(items.map((item) => [item.labels?.[0]?.textContent, item.checked])).toEqual([
      [' Objects', false],
      [' Refs', true],
      [' Packfiles', false],
    ]);
    fireEvent.click(screen.getByLabelText('Objects'));
    expect(onChildDone).toHaveBeenCalledWith('Objects', true);
    fireEvent.click(screen.getByLabelText('Refs'));
    expect(onChildDone).toHaveBeenLastCalledWith('Refs', false);
  });

  it('has no breakdown section for a project without items', () => {
    setup([], projects[1]!);
    expect(screen.queryByRole('heading', { name: 'Breakdown' })).toBeNull();
  });

  it('detaches the resource asked for', () => {
    const { onDetach } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Detach Pro Git' }));
    expect(onDetach).toHaveBeenCalledWith('r2');
  });

  it('renders no project list until Move is asked for, then one finder at a time', () => {
    setup();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Move Git internals' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move Pro Git' }));
    const forms = screen.getAllByRole('form');
    expect(forms).toHaveLength(1);
    expect(forms[0]!.getAttribute('aria-label')).toBe('Move Pro Git to another project');
    // Every project but this one, grouped by objective.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Lox Interpreter',
      'Kubernetes',
    ]);
  });

  it('moves to the project found by typing, and Escape closes the finder', () => {
    const { onMove } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Move Git internals' }));
    const form = screen.getByRole('form');
    expect(
      (within(form).getByRole('button', { name: 'Move here' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.input(within(form).getByLabelText('Find'), { target: { value: 'kube' } });
    fireEvent.submit(form);
    expect(onMove).toHaveBeenCalledWith('r1', 'p3');
    expect(screen.queryByRole('form')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Move Pro Git' }));
    fireEvent.keyDown(screen.getByLabelText('Find'), { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(onMove).toHaveBeenCalledTimes(1);
  });

  it('shows each page read or to read, and a tick changes it', () => {
    const { onRead } = setup([
      { ...resource('r1', 'Git internals'), readAt: 1 },
      resource('r2', 'Pro Git'),
    ]);
    const read = (title: string) => screen.getByLabelText(`${title} read`) as HTMLInputElement;
    expect([read('Git internals').checked, read('Pro Git').checked]).toEqual([true, false]);
    fireEvent.click(read('Pro Git'));
    fireEvent.click(read('Git internals'));
    expect(onRead.mock.calls).toEqual([
      ['r2', true],
      ['r1', false],
    ]);
  });

  it('shows a page’s note as text and edits it in a one-line form', () => {
    const hostile = '<b>chapter 3</b> left';
    const { onNote } = setup([{ ...resource('r1', 'Git internals'), note: hostile }]);
    expect(screen.getByText(hostile).tagName).toBe('SPAN');
    expect(document.querySelector('b')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Note on Git internals' }));
    const form = screen.getByRole('form', { name: 'Note on Git internals' });
    const input = within(form).getByLabelText('Note') as HTMLInputElement;
    expect(input.value).toBe(hostile);
    fireEvent.input(input, { target: { value: 'done up to 4' } });
    fireEvent.submit(form);
    expect(onNote).toHaveBeenCalledWith('r1', 'done up to 4');
    expect(screen.queryByRole('form')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Note on Git internals' }));
    fireEvent.keyDown(screen.getByLabelText('Note'), { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(onNote).toHaveBeenCalledTimes(1);
  });

  it('renders hostile titles as text', () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    setup([resource('r1', hostile)]);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('link').textContent).toBe(hostile);
  });
});
