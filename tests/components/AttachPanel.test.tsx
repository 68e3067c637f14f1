import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttachPanel } from '../../components/AttachPanel';
import { objective, project } from './fixtures';

afterEach(cleanup);

const objectives = [objective('o1', 'Distributed systems', 0)];
const projects = [project('p1', 'o1', 'Build Git'), project('p2', 'o1', 'Lox Interpreter')];
const tab = { url: 'https://craftinginterpreters.com/', title: 'Crafting Interpreters' };

describe('AttachPanel', () => {
  it('preselects the suggested project and attaches to the chosen one', async () => {
    const onAttach = vi
      .fn()
      .mockResolvedValue({ ok: true, message: 'Attached to “Lox Interpreter”.' });
    render(
      <AttachPanel
        tab={tab}
        objectives={objectives}
        projects={projects}
        suggestedProjectId="p2"
        refusal={null}
        onAttach={onAttach}
      />,
    );
    const select = screen.getByLabelText('Project') as HTMLSelectElement;
    expect(select.value).toBe('p2');
    expect(screen.getByRole('option', { name: 'Lox Interpreter (suggested)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Attach' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Attached to “Lox Interpreter”.'),
    );
    expect(onAttach).toHaveBeenCalledWith('p2');
  });

  it('shows a failure as an alert', async () => {
    const onAttach = vi
      .fn()
      .mockResolvedValue({ ok: false, message: 'The browser has no room left.' });
    render(
      <AttachPanel
        tab={tab}
        objectives={objectives}
        projects={projects}
        suggestedProjectId={null}
        refusal={null}
        onAttach={onAttach}
      />,
    );
    fireEvent.change(screen.getByLabelText('Project'), { target: { value: 'p1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Attach' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The browser has no room left.'),
    );
    expect(onAttach).toHaveBeenCalledWith('p1');
  });

  it('explains why a page cannot be attached and offers no button', () => {
    render(
      <AttachPanel
        tab={{ url: 'chrome://settings/', title: 'Settings' }}
        objectives={objectives}
        projects={projects}
        suggestedProjectId={null}
        refusal="Browser pages can't be attached."
        onAttach={vi.fn()}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe("Browser pages can't be attached.");
    expect(screen.queryByRole('button', { name: 'Attach' })).toBeNull();
  });

  it('asks for a roadmap when there is none', () => {
    render(
      <AttachPanel
        tab={tab}
        objectives={[]}
        projects={[]}
        suggestedProjectId={null}
        refusal={null}
        onAttach={vi.fn()}
      />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/Import a roadmap/);
  });
});
