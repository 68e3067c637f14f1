import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FiledPanel } from '../../components/popup/FiledPanel';

afterEach(cleanup);

function renderPanel(
  onMarkRead: (resourceId: string) => Promise<{ ok: boolean; message: string }>,
) {
  render(
    <FiledPanel
      tab={{ url: 'https://git-scm.com/book', title: 'Pro Git' }}
      kind="docs"
      filed={[
        { resourceId: 'r1', projectId: 'p1', projectTitle: 'Build Git' },
        { resourceId: 'r2', projectId: 'p2', projectTitle: 'Lox' },
      ]}
      objectives={[{ id: 'o1', title: 'Systems' }]}
      projects={[{ id: 'p1', title: 'Build Git', objectiveId: 'o1' }]}
      onMove={vi.fn()}
      onDetach={vi.fn()}
      onMarkRead={onMarkRead}
      onOpenProject={vi.fn()}
    />,
  );
}

describe('FiledPanel: Mark read', () => {
  it.each([
    [{ ok: true, message: '“Pro Git” is read.' }, 'success'],
    [{ ok: false, message: 'That page is no longer attached to a project.' }, 'error'],
  ])('marks the page in its first project read and tells the outcome', async (outcome, tone) => {
    const onMarkRead = vi.fn().mockResolvedValue(outcome);
    renderPanel(onMarkRead);
    fireEvent.click(screen.getByRole('button', { name: 'Mark read' }));
    expect(onMarkRead).toHaveBeenCalledWith('r1');
    const notice = await screen.findByText(outcome.message);
    expect(notice.closest(`.notice-${tone}`)).not.toBeNull();
  });
});
