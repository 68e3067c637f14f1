import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMoment } from '../../../components/format';
import { ImportSource } from '../../../components/import/ImportSource';
import { NoteLinkUnavailable } from '../../../components/import/NoteLinkUnavailable';

afterEach(cleanup);

const AT = Date.UTC(2026, 11, 1, 14, 2);

describe('ImportSource: the last file imported', () => {
  it.each([
    [
      { source: 'roadmap <b>.md', importedAt: AT },
      `Last imported: roadmap <b>.md, ${formatMoment(AT)}`,
    ],
    [null, null],
    [undefined, null],
  ])('with %j says %j', (lastImport, line) => {
    render(<ImportSource busy={false} onText={vi.fn()} onFile={vi.fn()} lastImport={lastImport} />);
    expect(screen.queryByText(/^Last imported:/)?.textContent ?? null).toBe(line);
    expect(document.querySelector('b')).toBeNull();
  });

  it('where no note can be linked, one line says how to keep it in step', () => {
    render(<NoteLinkUnavailable />);
    expect(screen.getByText(/cannot link your note file/).textContent).toMatch(
      /choose the file again.*Export markdown/,
    );
  });
});
