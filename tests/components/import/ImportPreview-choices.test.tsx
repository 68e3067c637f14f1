import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPreview, type ObjectiveChoices } from '../../../components/import/ImportPreview';
import { leaveOutObjectives } from '../../../lib/domain/roadmap/leave-out-objectives';
import type { ParsedRoadmap } from '../../../lib/domain/roadmap/parsed-roadmap';

afterEach(cleanup);

const project = (title: string, done = false) => ({ title, done, links: [], children: [] });

const NOTE: ParsedRoadmap = {
  title: 'Course list',
  tags: [],
  warnings: [],
  objectives: [
    { title: 'Contents <b>1</b>', projects: [project('Summary')] },
    {
      title: 'Courses',
      projects: [project('Pick one', true)],
      objectives: [{ title: 'Rust', projects: [project('Intro', true), project('Ownership')] }],
    },
  ],
};

/** The preview as the import view renders it for `leftOut`, with the kept objectives' counts. */
function renderChoices(leftOut: string[], busy = false) {
  const choice = leaveOutObjectives(NOTE, leftOut);
  const kept = [
    { title: 'Contents <b>1</b>', projects: 1, done: 0 },
    { title: 'Courses', projects: 1, done: 1 },
    { title: 'Courses › Rust', projects: 2, done: 1 },
  ].filter((o) =>
    choice.objectives.some((c) => c.path === o.title && !c.leftOut && !c.underLeftOut),
  );
  const onChange = vi.fn<ObjectiveChoices['onChange']>();
  const onConfirm = vi.fn();
  render(
    <ImportPreview
      title={NOTE.title}
      source="course.md"
      objectives={kept}
      warnings={[]}
      diff={null}
      choices={{
        objectives: choice.objectives,
        leftOut: choice.leftOut,
        nothingLeft: choice.nothingLeft,
        onChange,
      }}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={vi.fn()}
    />,
  );
  return { onChange, onConfirm };
}

const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('ImportPreview: choosing objectives', () => {
  it('lists every objective in note order with a ticked box, titles as text', () => {
    renderChoices([]);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Contents <b>1</b>10',
      'Courses32',
      'Rust21',
    ]);
    expect(document.querySelector('b')).toBeNull();
    expect(['Contents <b>1</b>', 'Courses', 'Rust'].map((name) => box(name).checked)).toEqual([
      true,
      true,
      true,
    ]);
    expect(screen.queryByRole('list', { name: 'Left out' })).toBeNull();
  });

  it.each([
    ['unticking an objective leaves it out', [], 'Contents <b>1</b>', ['Contents <b>1</b>', false]],
    ['unticking a nested one leaves out its path', [], 'Rust', ['Courses › Rust', false]],
    ['ticking one left out takes it back', ['Courses › Rust'], 'Rust', ['Courses › Rust', true]],
  ])('%s', (_, leftOut, name, call) => {
    const { onChange } = renderChoices(leftOut);
    fireEvent.click(box(name));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(...call);
  });

  it('a parent left out takes its nested objectives with it, listed once with a way back', () => {
    const { onChange } = renderChoices(['Courses']);
    expect(box('Courses').checked).toBe(false);
    expect(box('Rust').checked).toBe(false);
    expect(box('Rust').disabled).toBe(true);
    const list = screen.getByRole('list', { name: 'Left out' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Courses (3 projects) Take back in']);
    fireEvent.click(within(list).getByRole('button', { name: 'Take back in: Courses' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('Courses', true);
    expect(document.activeElement).toBe(box('Courses'));
  });

  it('with everything left out, says so and cannot be confirmed', () => {
    const { onConfirm } = renderChoices(['Contents <b>1</b>', 'Courses']);
    expect(screen.getByRole('alert').textContent).toMatch(/Every objective is left out/);
    const confirm = screen.getByRole('button', { name: 'Confirm import' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('boxes wait while the import runs', () => {
    renderChoices([], true);
    expect(box('Courses').disabled).toBe(true);
  });
});
