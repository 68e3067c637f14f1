// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { flattenRoadmap } from '../../../lib/domain/roadmap/flatten-roadmap';
import { leaveOutObjectives } from '../../../lib/domain/roadmap/leave-out-objectives';
import type {
  ParsedObjective,
  ParsedProject,
  ParsedRoadmap,
} from '../../../lib/domain/roadmap/parsed-roadmap';

const project = (title: string): ParsedProject => ({ title, done: null, links: [], children: [] });

const objective = (
  title: string,
  projects: string[],
  objectives?: ParsedObjective[],
): ParsedObjective => ({
  title,
  projects: projects.map(project),
  ...(objectives ? { objectives } : {}),
});

/** Contents (prose), Courses with Rust and Go nested (each with an Intro), and Team. */
const NOTE: ParsedRoadmap = {
  title: 'Roadmap',
  tags: ['learning'],
  warnings: ['row 3 skipped'],
  objectives: [
    objective('Contents', ['Summary', 'Community']),
    objective(
      'Courses',
      ['Pick a language'],
      [objective('Rust', ['Intro', 'Ownership']), objective('Go', ['Intro'])],
    ),
    objective('Team', ['Hiring']),
  ],
};

const kept = (leftOut: string[]) =>
  flattenRoadmap(leaveOutObjectives(NOTE, leftOut).roadmap).map(
    (o) => `${o.title}: ${o.projects.map((p) => p.title).join(', ')}`,
  );

describe('leaveOutObjectives', () => {
  it.each([
    [
      'nothing left out',
      [],
      [
        'Contents: Summary, Community',
        'Courses: Pick a language',
        'Courses › Rust: Intro, Ownership',
        'Courses › Go: Intro',
        'Team: Hiring',
      ],
    ],
    [
      'a top-level objective',
      ['Contents'],
      [
        'Courses: Pick a language',
        'Courses › Rust: Intro, Ownership',
        'Courses › Go: Intro',
        'Team: Hiring',
      ],
    ],
    [
      'a parent, with what is nested in it',
      ['Courses'],
      ['Contents: Summary, Community', 'Team: Hiring'],
    ],
    [
      'one nested objective, its sibling with the same project title kept',
      ['Courses › Rust'],
      [
        'Contents: Summary, Community',
        'Courses: Pick a language',
        'Courses › Go: Intro',
        'Team: Hiring',
      ],
    ],
    [
      'titles compared as the database compares them',
      ['  contents ', 'COURSES › go', 'team!'],
      ['Courses: Pick a language', 'Courses › Rust: Intro, Ownership'],
    ],
    [
      'a child title alone names nothing',
      ['Rust', 'Unknown'],
      [
        'Contents: Summary, Community',
        'Courses: Pick a language',
        'Courses › Rust: Intro, Ownership',
        'Courses › Go: Intro',
        'Team: Hiring',
      ],
    ],
  ])('%s', (_, leftOut, expected) => {
    expect(kept(leftOut)).toEqual(expected);
  });

  it('lists every objective in note order, with its depth, projects and state', () => {
    const choice = leaveOutObjectives(NOTE, ['Courses', 'Courses › Go']);
    expect(
      choice.objectives.map((o) => [
        o.path,
        o.title,
        o.depth,
        o.projects,
        o.leftOut,
        o.underLeftOut,
      ]),
    ).toEqual([
      ['Contents', 'Contents', 0, 2, false, false],
      ['Courses', 'Courses', 0, 4, true, false],
      ['Courses › Rust', 'Rust', 1, 2, false, true],
      ['Courses › Go', 'Go', 1, 1, true, true],
      ['Team', 'Team', 0, 1, false, false],
    ]);
    // A nested objective already out with its parent is not named twice.
    expect(choice.leftOut).toEqual([{ title: 'Courses', projects: 4 }]);
    expect(choice.nothingLeft).toBe(false);
  });

  it('keeps the title, tags and warnings, and never changes its input', () => {
    const before = structuredClone(NOTE);
    const { roadmap } = leaveOutObjectives(NOTE, ['Contents', 'Courses › Rust']);
    expect(NOTE).toEqual(before);
    expect(roadmap.title).toBe('Roadmap');
    expect(roadmap.tags).toEqual(['learning']);
    expect(roadmap.warnings).toEqual(['row 3 skipped']);
  });

  it.each([
    ['every top-level objective', ['Contents', 'Courses', 'Team'], true],
    ['every objective that has projects', ['Contents', 'Courses', 'Team', 'Courses › Go'], true],
    [
      'a parent and one of its nested objectives',
      ['Contents', 'Team', 'Courses', 'Courses › Rust'],
      true,
    ],
    ['all but a parent', ['Contents', 'Team'], false],
  ])('says when %s is left out: nothing left is %s', (_, leftOut, nothingLeft) => {
    const choice = leaveOutObjectives(NOTE, leftOut);
    expect(choice.nothingLeft).toBe(nothingLeft);
    expect(choice.roadmap.objectives.length === 0).toBe(nothingLeft);
  });

  it('an empty note is not "nothing left"', () => {
    expect(
      leaveOutObjectives({ title: null, tags: [], warnings: [], objectives: [] }, ['A'])
        .nothingLeft,
    ).toBe(false);
  });
});
