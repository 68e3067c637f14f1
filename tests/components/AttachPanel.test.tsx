import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttachPanel } from '../../components/AttachPanel';
import type { TabSuggestion } from '../../lib/domain/tabs/tab-suggestion';
import { objective, project } from './fixtures';

afterEach(cleanup);

const objectives = [objective('o1', 'Distributed systems', 0), objective('o2', 'ML Infra', 1)];
const projects = [
  project('p1', 'o1', 'Build Git'),
  project('p2', 'o1', 'Lox Interpreter'),
  project('p3', 'o2', 'Kubernetes'),
  project('p4', 'o2', 'Docker'),
];
const tab = { url: 'https://craftinginterpreters.com/', title: 'Crafting Interpreters' };
const lox: TabSuggestion = {
  projectId: 'p2',
  projectTitle: 'Lox Interpreter',
  objectiveTitle: 'Distributed systems',
  score: 0.8,
  reasons: ['title matches “interpreter”'],
};

function renderPanel(overrides: Partial<Parameters<typeof AttachPanel>[0]> = {}) {
  const onAttach = vi.fn().mockResolvedValue({ ok: true, message: 'Attached to “X”.' });
  const view = render(
    <AttachPanel
      tab={tab}
      kind="docs"
      objectives={objectives}
      projects={projects}
      suggestion={lox}
      refusal={null}
      onAttach={onAttach}
      {...overrides}
    />,
  );
  return { onAttach, ...view };
}

describe('AttachPanel', () => {
  it('preselects the suggestion, says why, and attaches to it', async () => {
    const { onAttach } = renderPanel();
    expect((screen.getByLabelText('Project') as HTMLSelectElement).value).toBe('p2');
    expect(screen.getByText(/Suggested:/).textContent).toBe(
      'Suggested: Lox Interpreter — title matches “interpreter”',
    );
    expect(screen.getByRole('img', { name: 'Documentation' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Attach' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Attached to “X”.'));
    expect(onAttach).toHaveBeenCalledWith('p2');
  });

  it('takes a suggestion that arrives after it shows, unless the user already chose', async () => {
    const { rerender } = renderPanel({ suggestion: null });
    const select = screen.getByLabelText('Project') as HTMLSelectElement;
    expect(select.value).toBe('p1');
    rerender(
      <AttachPanel
        tab={tab}
        kind="docs"
        objectives={objectives}
        projects={projects}
        suggestion={lox}
        refusal={null}
        onAttach={vi.fn()}
      />,
    );
    await waitFor(() => expect(select.value).toBe('p2'));
  });

  it('filters by title or objective; arrows choose and Enter attaches', async () => {
    const { onAttach } = renderPanel();
    const search = screen.getByLabelText('Find');
    fireEvent.input(search, { target: { value: 'ml infra' } });
    const select = screen.getByLabelText('Project') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['p3', 'p4']);
    expect(select.value).toBe('p3');
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(select.value).toBe('p4');
    fireEvent.keyDown(search, { key: 'ArrowUp' });
    expect(select.value).toBe('p3');
    fireEvent.submit(search.closest('form')!);
    await waitFor(() => expect(onAttach).toHaveBeenCalledWith('p3'));
  });

  it('says when no project matches the search', () => {
    renderPanel();
    fireEvent.input(screen.getByLabelText('Find'), { target: { value: 'cooking' } });
    expect(screen.getByRole('status').textContent).toBe('No project matches “cooking”.');
  });

  it('shows a failure as an alert', async () => {
    renderPanel({ onAttach: vi.fn().mockResolvedValue({ ok: false, message: 'No room left.' }) });
    fireEvent.click(screen.getByRole('button', { name: 'Attach' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('No room left.'));
  });

  it('explains why a page cannot be attached and offers no button', () => {
    renderPanel({
      tab: { url: 'chrome://settings/', title: 'Settings' },
      suggestion: null,
      refusal: "Browser pages (chrome://) can't be attached",
    });
    expect(screen.getByRole('status').textContent).toBe(
      "Browser pages (chrome://) can't be attached",
    );
    expect(screen.queryByRole('button', { name: 'Attach' })).toBeNull();
  });

  it('shows a hostile title as text', () => {
    renderPanel({ tab: { url: 'https://example.org/', title: '<img src=x onerror=alert(1)>' } });
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('asks for a roadmap when there is none', () => {
    renderPanel({ objectives: [], projects: [], suggestion: null });
    expect(screen.getByRole('status').textContent).toMatch(/Import a roadmap/);
  });
});
