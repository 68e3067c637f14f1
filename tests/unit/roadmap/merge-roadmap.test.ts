// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeRoadmap } from '../../../lib/domain/roadmap/merge-roadmap';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';
import type { Objective, Project } from '../../../lib/domain/types';

const example = readFileSync(resolve('tests/fixtures/roadmaps/example-roadmap.md'), 'utf8');

function counter(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}${++next}`;
}

function importInto(
  text: string,
  existing: { objectives: Objective[]; projects: Project[] },
  prefix = 'n',
) {
  return mergeRoadmap(parseRoadmap(text), existing, { roadmapId: 'r1', newId: counter(prefix) });
}

describe('mergeRoadmap', () => {
  const first = importInto(example, { objectives: [], projects: [] }, 'a');

  it('creates rows for a first import of the example', () => {
    expect(first.objectives.map((o) => [o.id, o.title, o.order, o.archived])).toEqual([
      ['a1', 'To get into a distributed systems role', 0, 0],
      ['a2', 'ML Infra / AI Infra', 1, 0],
      ['a3', 'AI Engineer - Build reliable apps on AI stack', 2, 0],
      ['a4', 'ML Distributed Training', 3, 0],
    ]);
    expect(first.projects).toHaveLength(16);
    expect(first.projects[0]).toEqual({
      id: 'a5',
      roadmapId: 'r1',
      objectiveId: 'a1',
      key: 'cb:7d8cec',
      title: 'PubSub system in Rust',
      order: 0,
      links: [],
      children: [],
      done: true,
      status: 'active',
      phase: 'queued',
      builtMinutes: 0,
      childrenDone: [],
      archived: 0,
    });
    expect(first.projects[1]?.key).toBe(
      't:to get into a distributed systems role/fly dist sys challenges',
    );
    expect(first.projects[9]).toMatchObject({
      key: 'cb:7dfed1',
      objectiveId: 'a2',
      done: true,
      links: [
        { url: 'https://github.com/tripathi456/gvisor-based-python-repl', label: 'foreverVM' },
      ],
    });
    expect(first.diff).toMatchObject({ changed: [], archived: [], unchanged: 0 });
    expect(first.diff.added).toHaveLength(16);
  });

  it('keeps ids and study state when the same note is imported again', () => {
    const studied = first.projects.map((p, i) =>
      i === 2 ? { ...p, status: 'active' as const, sessionMinutes: 45, notBefore: 99 } : p,
    );
    const frozen = Object.freeze(studied.map((p) => Object.freeze(p)));
    const again = importInto(example, { objectives: first.objectives, projects: [...frozen] });
    expect(again.diff).toEqual({ added: [], changed: [], archived: [], unchanged: 16 });
    expect(again.projects.map((p) => p.id)).toEqual(first.projects.map((p) => p.id));
    expect(again.projects[2]).toMatchObject({
      status: 'active',
      sessionMinutes: 45,
      notBefore: 99,
    });
    expect(again.projects[2]).not.toBe(frozen[2]);
  });

  it.each([
    [
      'a renamed, a removed and an added project',
      example
        .replace('- Build Git  ', '- Build Redis')
        .replace('- Docker  ', '- Podman  ')
        .replace(/\| +\| +\| - Linux Internals +\|\n/, ''),
      {
        added: ['Build Redis', 'Podman'],
        changed: [],
        archived: ['Build Git', 'Docker', 'Linux Internals'],
        unchanged: 13,
      },
    ],
    [
      'a box ticked, a link added and a checkbox project renamed',
      example
        .replace(
          '|                                             |                                                   | - Lox',
          '| <input type="checkbox" checked id="aa11"> |  | - Lox',
        )
        .replace(/\| +(\| +\| - Docker)/, '| [docs](https://kubernetes.io/docs/) $1')
        .replace('PubSub system in Rust', 'PubSub in Rust'),
      {
        added: [],
        changed: [
          { title: 'PubSub in Rust', what: ['title'] },
          { title: 'Lox Interpreter', what: ['done'] },
          { title: 'Docker', what: ['links'] },
        ],
        archived: [],
        unchanged: 13,
      },
    ],
  ])('reports %s', (_, text, diff) => {
    expect(importInto(text, first).diff).toEqual(diff);
  });

  it('archives projects gone from the note and restores them when they return', () => {
    const without = importInto(example.replace(/.*- Docker .*\n/, ''), first);
    const docker = without.projects.find((p) => p.title === 'Docker');
    expect(docker).toMatchObject({ id: first.projects[7]?.id, archived: 1 });
    const back = importInto(example, { objectives: first.objectives, projects: without.projects });
    expect(back.diff.changed).toEqual([{ title: 'Docker', what: ['restored'] }]);
    expect(back.projects.find((p) => p.title === 'Docker')).toMatchObject({
      archived: 0,
      order: 7,
    });
  });

  it('flattens nested objectives and breakdown, and keeps duplicate titles apart', () => {
    const text =
      '## Rust\n- Async\n  - Futures\n    - Pin\n  - Tokio\n### Embedded\n- Blink\n- blink';
    const merge = importInto(text, { objectives: [], projects: [] });
    expect(merge.objectives.map((o) => o.title)).toEqual(['Rust', 'Rust › Embedded']);
    expect(merge.projects.map((p) => [p.key, p.children])).toEqual([
      ['t:rust/async', ['Futures', 'Pin', 'Tokio']],
      ['t:rust embedded/blink', []],
      ['t:rust embedded/blink#2', []],
    ]);
  });

  it('treats __proto__ and constructor as ordinary titles', () => {
    const text = '## __proto__\n- constructor\n- toString\n## constructor\n- __proto__';
    const merge = importInto(text.replace(/__/g, '\\_\\_'), { objectives: [], projects: [] });
    expect(merge.projects.map((p) => p.key)).toEqual([
      't:proto/constructor',
      't:proto/tostring',
      't:constructor/proto',
    ]);
    expect(importInto(text.replace(/__/g, '\\_\\_'), merge).diff.unchanged).toBe(3);
  });

  it.each([
    [
      'a new project with an estimate',
      null,
      '(20h)',
      { estimateMinutes: 1200, noteEstimateMinutes: 1200 },
      'added',
    ],
    ['a new project without one', null, '', {}, 'added'],
    [
      'the same estimate',
      { estimateMinutes: 1200, noteEstimateMinutes: 1200 },
      '(20h)',
      { estimateMinutes: 1200, noteEstimateMinutes: 1200 },
      [],
    ],
    [
      'the same note, a Waymark estimate',
      { estimateMinutes: 600, noteEstimateMinutes: 1200 },
      '(20h)',
      { estimateMinutes: 600, noteEstimateMinutes: 1200 },
      [],
    ],
    [
      'a new note estimate over a Waymark one',
      { estimateMinutes: 600, noteEstimateMinutes: 1200 },
      '(30h)',
      { estimateMinutes: 1800, noteEstimateMinutes: 1800 },
      ['estimate'],
    ],
    [
      'a first note estimate',
      {},
      '(90m)',
      { estimateMinutes: 90, noteEstimateMinutes: 90 },
      ['estimate'],
    ],
    [
      'a first note estimate over a Waymark one',
      { estimateMinutes: 600 },
      '(20h)',
      { estimateMinutes: 1200, noteEstimateMinutes: 1200 },
      ['estimate'],
    ],
    [
      'a note estimate equal to the Waymark one',
      { estimateMinutes: 1200, noteEstimateMinutes: 600 },
      '(20h)',
      { estimateMinutes: 1200, noteEstimateMinutes: 1200 },
      [],
    ],
    [
      'a dropped note estimate',
      { estimateMinutes: 1200, noteEstimateMinutes: 1200 },
      '',
      {},
      ['estimate'],
    ],
    [
      'a dropped note estimate under a Waymark one',
      { estimateMinutes: 600, noteEstimateMinutes: 1200 },
      '',
      { estimateMinutes: 600 },
      [],
    ],
    ['no note estimate, a Waymark one', { estimateMinutes: 600 }, '', { estimateMinutes: 600 }, []],
  ])('merges %s', (_, stored, estimate, expected, what) => {
    const note = (suffix: string) => `## Git\n- Build Git ${suffix}`;
    const base = importInto(note(''), { objectives: [], projects: [] }, 'a');
    const existing = stored
      ? { objectives: base.objectives, projects: base.projects.map((p) => ({ ...p, ...stored })) }
      : { objectives: [], projects: [] };
    const merge = importInto(note(estimate), existing);
    const project = merge.projects[0]!;
    const estimates = Object.entries(project).filter(([key]) =>
      /^(?:e|noteE)stimateMinutes$/.test(key),
    );
    // Strict: a key set to undefined is not an absent key.
    expect(Object.fromEntries(estimates)).toStrictEqual(expected);
    if (what === 'added') expect(merge.diff.added).toEqual(['Build Git']);
    else expect(merge.diff.changed).toEqual(what.length ? [{ title: 'Build Git', what }] : []);
  });

  it('keeps progress fields of stored rows', () => {
    const base = importInto('- Build Git (2h)', { objectives: [], projects: [] }, 'a');
    const built = { phase: 'building' as const, builtMinutes: 45, childrenDone: ['Objects'] };
    const projects = base.projects.map((p) => ({ ...p, ...built }));
    const again = importInto('- Build Git (3h)', { objectives: base.objectives, projects });
    expect(again.projects[0]).toMatchObject({ ...built, estimateMinutes: 180 });
  });
});
