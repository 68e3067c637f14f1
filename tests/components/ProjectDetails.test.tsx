import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectDetails } from '../../components/ProjectDetails';
import type { Resource, Review } from '../../lib/domain/types';
import { objective, project } from './fixtures';

afterEach(cleanup);

const objectives = [objective('o1', 'Distributed systems', 0), objective('o2', 'ML infra', 1)];
const projects = [
  project('p1', 'o1', 'Build Git'),
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
const review: Review = {
  id: 'v1',
  projectId: 'p1',
  at: Date.UTC(2026, 10, 20, 18),
  rating: 'good',
  minutes: 45,
  note: 'objects done',
  statusBefore: 'new',
};

function setup(resources = [resource('r1', 'Git internals'), resource('r2', 'Pro Git')]) {
  const onMove = vi.fn();
  const onDetach = vi.fn();
  render(
    <ProjectDetails
      project={projects[0]!}
      resources={resources}
      reviews={[review]}
      objectives={objectives}
      projects={projects}
      onDetach={onDetach}
      onMove={onMove}
    />,
  );
  return { onMove, onDetach };
}

describe('ProjectDetails', () => {
  it('lists resources and the review history', () => {
    setup();
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Git internals',
      'Pro Git',
    ]);
    expect(document.querySelectorAll('.history li')).toHaveLength(1);
    expect(screen.getByText('good').parentElement?.textContent).toMatch(
      /good, 45 min.*objects done/,
    );
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

  it('renders hostile titles as text', () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    setup([resource('r1', hostile)]);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('link').textContent).toBe(hostile);
  });
});
