// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeRoadmap } from '../../../lib/domain/roadmap/merge-roadmap';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';
import { projectKeys } from '../../../lib/domain/roadmap/project-keys';
import type { Project } from '../../../lib/domain/types';

const base = ['# Plan', '', '- [ ] Alpha', '- [ ] Beta', '- [x] Gamma (2h)', ''].join('\n');

function counter(): () => string {
  let next = 0;
  return () => `id${++next}`;
}

const first = mergeRoadmap(
  parseRoadmap(base),
  { objectives: [], projects: [] },
  { roadmapId: 'r1', newId: counter() },
);

/** Waymark's rows after the user's own edits, by title. */
function edited(edits: Record<string, Partial<Project>>): Project[] {
  return first.projects.map((project) => ({ ...project, ...edits[project.title] }));
}

function merge(note: string, edits: Record<string, Partial<Project>>, withBase: boolean) {
  return mergeRoadmap(
    parseRoadmap(note),
    { objectives: first.objectives, projects: edited(edits) },
    { roadmapId: 'r1', newId: counter(), ...(withBase ? { base: parseRoadmap(base) } : {}) },
  );
}

function doneByTitle(projects: readonly Project[]): Record<string, boolean> {
  return Object.fromEntries(projects.map((project) => [project.title, project.done]));
}

describe('mergeRoadmap with the note as last imported', () => {
  it.each([
    [
      'the note ticked a box',
      base.replace('[ ] Alpha', '[x] Alpha'),
      {},
      { Alpha: true, Beta: false, Gamma: true },
    ],
    [
      'Waymark ticked a box, the note changed elsewhere',
      base.replace('- [ ] Beta', '- [ ] Beta\n- [ ] Delta'),
      { Beta: { done: true } },
      { Alpha: false, Beta: true, Gamma: true, Delta: false },
    ],
    [
      'Waymark reopened a project the note still ticks',
      base,
      { Gamma: { done: false } },
      { Alpha: false, Beta: false, Gamma: false },
    ],
    [
      'both ticked the same box',
      base.replace('[ ] Alpha', '[x] Alpha'),
      { Alpha: { done: true } },
      { Alpha: true, Beta: false, Gamma: true },
    ],
    [
      'the note unticked a box Waymark ticked since',
      base.replace('[x] Gamma', '[ ] Gamma').replace('[ ] Beta', '[x] Beta'),
      { Beta: { done: true }, Gamma: { done: true } },
      { Alpha: false, Beta: true, Gamma: false },
    ],
    ['neither changed', base, {}, { Alpha: false, Beta: false, Gamma: true }],
    [
      'a project new to the note, ticked',
      `${base}- [x] Epsilon\n`,
      {},
      { Alpha: false, Beta: false, Gamma: true, Epsilon: true },
    ],
  ])('%s', (_, note, edits, done) => {
    const merged = merge(note, edits, true);
    expect(doneByTitle(merged.projects)).toEqual(done);
  });

  it('without a base, lets the note’s boxes win as a re-import always did', () => {
    const merged = merge(base, { Beta: { done: true }, Gamma: { done: false } }, false);
    expect(doneByTitle(merged.projects)).toEqual({ Alpha: false, Beta: false, Gamma: true });
  });

  it('gives the keys projectKeys gives', () => {
    expect(first.projects.map((project) => project.key)).toEqual([
      ...projectKeys(parseRoadmap(base)).keys(),
    ]);
  });
});

describe('mergeRoadmap estimate conflicts', () => {
  const gamma = 't:plan/gamma';
  // Waymark's estimate of Gamma, the estimate merged (the note's rule stays), the conflicts.
  it.each([
    [
      'both changed, differently',
      base.replace('(2h)', '(4h)'),
      180,
      240,
      [{ key: gamma, title: 'Gamma', note: 240, waymark: 180 }],
    ],
    [
      'the note dropped it, Waymark changed it',
      base.replace(' (2h)', ''),
      180,
      180,
      [{ key: gamma, title: 'Gamma', note: undefined, waymark: 180 }],
    ],
    ['only the note changed', base.replace('(2h)', '(4h)'), 120, 240, undefined],
    ['only Waymark changed', base, 180, 180, undefined],
    ['both changed, alike', base.replace('(2h)', '(3h)'), 180, 180, undefined],
  ])('%s', (_, note, waymark, estimate, conflicts) => {
    for (const withBase of [true, false]) {
      const merged = merge(note, { Gamma: { estimateMinutes: waymark } }, withBase);
      expect(merged.diff.conflicts).toEqual(conflicts);
      const row = merged.projects.find((project) => project.title === 'Gamma');
      expect(row?.estimateMinutes).toBe(estimate);
    }
  });
});
