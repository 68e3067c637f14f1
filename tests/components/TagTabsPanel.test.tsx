import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LastAttachBar } from '../../components/popup/LastAttachBar';
import type { TagRow } from '../../components/popup/TagTabRow';
import { TagTabsPanel } from '../../components/popup/TagTabsPanel';
import { objective, project } from './fixtures';

afterEach(cleanup);

const objectives = [objective('o1', 'Systems', 0)];
const projects = [project('p1', 'o1', 'Build Git'), project('p2', 'o1', 'Kubernetes')];

function row(key: string, fields: Partial<TagRow>): TagRow {
  return {
    key,
    title: key,
    url: `https://example.org/${key}`,
    kind: 'other',
    refusal: null,
    suggestedProjectId: null,
    reason: null,
    ...fields,
  };
}

const rows = [
  row('k8s', {
    title: 'Kubernetes Documentation',
    kind: 'docs',
    suggestedProjectId: 'p2',
    reason: 'Suggested: title matches “kubernetes”',
  }),
  row('git', { title: 'Pro Git', kind: 'paper', suggestedProjectId: 'p1' }),
  row('news', { title: 'BBC News' }),
  row('settings', { title: 'Settings', refusal: "Browser pages (chrome://) can't be attached" }),
];

describe('TagTabsPanel', () => {
  it('pre-ticks suggested tabs, disables refused ones and attaches the chosen ones', async () => {
    const onAttach = vi.fn().mockResolvedValue({ ok: true, message: 'Attached 2 tabs.' });
    render(
      <TagTabsPanel rows={rows} objectives={objectives} projects={projects} onAttach={onAttach} />,
    );
    const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
    expect(box('Kubernetes Documentation').checked).toBe(true);
    expect(box('Pro Git').checked).toBe(true);
    expect(box('BBC News').checked).toBe(false);
    expect(box('BBC News').disabled).toBe(true);
    expect(box('Settings').disabled).toBe(true);
    expect(screen.getByText("Browser pages (chrome://) can't be attached")).toBeTruthy();
    expect(screen.getByText('Suggested: title matches “kubernetes”')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Documentation' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Paper' })).toBeTruthy();

    // Each row shows its project; no row lists every project until asked.
    expect(screen.getByText('→ Kubernetes (suggested)')).toBeTruthy();
    expect(screen.getByText('No suggestion')).toBeTruthy();
    expect(screen.queryAllByRole('option')).toHaveLength(0);

    // Give the unmatched tab a project (ticks it), untick Pro Git.
    fireEvent.click(screen.getByRole('button', { name: 'Choose the project for BBC News' }));
    fireEvent.change(screen.getByLabelText('Project for BBC News'), { target: { value: 'p1' } });
    // Enter keeps the choice and closes the finder; it does not submit the list.
    fireEvent.keyDown(screen.getByLabelText('Find'), { key: 'Enter' });
    expect(screen.queryByLabelText('Project for BBC News')).toBeNull();
    expect(screen.getByText('→ Build Git')).toBeTruthy();
    expect(onAttach).not.toHaveBeenCalled();
    fireEvent.click(box('Pro Git'));
    fireEvent.click(screen.getByRole('button', { name: 'Attach 2 tabs' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Attached 2 tabs.'));
    expect(onAttach).toHaveBeenCalledWith([
      { key: 'k8s', projectId: 'p2' },
      { key: 'news', projectId: 'p1' },
    ]);
  });

  it('offers no attach while nothing is ticked', () => {
    render(
      <TagTabsPanel
        rows={[rows[2]!, rows[3]!]}
        objectives={objectives}
        projects={projects}
        onAttach={vi.fn()}
      />,
    );
    expect(
      (screen.getByRole('button', { name: 'Attach 0 tabs' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});

describe('LastAttachBar', () => {
  it('shows the last attach and undoes it', async () => {
    const onUndo = vi.fn().mockResolvedValue({ ok: true, message: 'Undone: “A” → “B”.' });
    render(<LastAttachBar summary="“A” → “B”" onUndo={onUndo} />);
    expect(screen.getByText('“A” → “B”', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Undone: “A” → “B”.'));
  });

  it('says why an undo was refused, as text', async () => {
    const message = 'Nothing was undone: since that attach, the page was moved <b>x</b>.';
    render(<LastAttachBar summary="“A” → “B”" onUndo={async () => ({ ok: false, message })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(message));
    expect(screen.getByText('“A” → “B”', { exact: false })).toBeTruthy();
  });
});
