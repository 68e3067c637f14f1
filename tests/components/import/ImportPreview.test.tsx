import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPreview } from '../../../components/import/ImportPreview';

afterEach(cleanup);

const objectives = [
  { title: 'Systems <script>alert(1)</script>', projects: 3, done: 1 },
  { title: 'ML Infra', projects: 2, done: 0 },
];

function renderPreview(overrides: Partial<Parameters<typeof ImportPreview>[0]> = {}) {
  const props = {
    title: 'My roadmap',
    source: 'roadmap.md',
    objectives,
    warnings: ['row 4: empty row, skipped'],
    diff: null,
    choices: {
      objectives: objectives.map(({ title, projects }) => ({
        path: title,
        title,
        depth: 0,
        projects,
        leftOut: false,
        underLeftOut: false,
      })),
      leftOut: [],
      nothingLeft: false,
      onChange: vi.fn(),
    },
    busy: false,
    onConfirm: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  render(<ImportPreview {...props} />);
  return props;
}

describe('ImportPreview', () => {
  it('shows objectives with project and done counts, totals and warnings', () => {
    renderPreview();
    expect(screen.getByText('2 objectives, 5 projects, 1 done')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Systems <script>alert(1)</script>31',
      'ML Infra20',
    ]);
    expect(document.querySelector('script')).toBeNull();
    expect(
      within(screen.getByRole('list', { name: 'Warnings' })).getByText('row 4: empty row, skipped'),
    ).toBeTruthy();
    expect(screen.queryByText(/Changes since/)).toBeNull();
  });

  it('shows a re-import’s diff: added, changed with what changed, archived', () => {
    renderPreview({
      diff: {
        added: ['New thing'],
        changed: [{ title: 'Lox Interpreter', what: ['done', 'links'] }],
        archived: ['Docker'],
        unchanged: 13,
      },
    });
    expect(screen.getByText('1 added, 1 changed, 1 archived, 13 unchanged')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Added' })).getByText('New thing')).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Changed' })).getByText(
        'Lox Interpreter (done, links)',
      ),
    ).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Archived' })).getByText('Docker')).toBeTruthy();
  });

  it('caps long lists and says how many more', () => {
    renderPreview({ warnings: Array.from({ length: 120 }, (_, i) => `row ${i}: skipped`) });
    const list = screen.getByRole('list', { name: 'Warnings' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(51);
    expect(within(list).getByText('and 70 more')).toBeTruthy();
  });

  it('calls back on confirm and cancel, and disables both while busy', () => {
    const props = renderPreview();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm import' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onConfirm).toHaveBeenCalledOnce();
    expect(props.onCancel).toHaveBeenCalledOnce();
    cleanup();
    renderPreview({ busy: true });
    expect((screen.getByRole('button', { name: 'Importing…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
