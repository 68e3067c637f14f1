import { describe, expect, it } from 'vitest';
import { buildSuggestionIndex } from '../../../lib/domain/tabs/suggestion-index';
import { makeProject, makeResource } from './example-roadmap-rows';

const objectives = [
  { id: 'o2', roadmapId: 'r1', title: 'Later objective', order: 2, archived: 0 as const },
  { id: 'o1', roadmapId: 'r1', title: 'Systems', order: 1, archived: 0 as const },
  { id: 'o3', roadmapId: 'r1', title: 'Archived objective', order: 0, archived: 1 as const },
];

const projects = [
  makeProject({ id: 'late', objectiveId: 'o2', title: 'Zig allocator', order: 0 }),
  makeProject({
    id: 'lox',
    objectiveId: 'o1',
    title: 'Lox Interpreter',
    order: 1,
    children: ['Scanner', 'Bytecode virtual machine'],
    links: [{ label: 'book', url: 'https://craftinginterpreters.com/contents.html' }],
  }),
  makeProject({
    id: 'git',
    objectiveId: 'o1',
    title: 'Build Git',
    order: 0,
    links: [{ label: 'repo', url: 'https://github.com/git/git' }],
  }),
  makeProject({ id: 'retired', objectiveId: 'o1', title: 'Retired', order: 2, status: 'retired' }),
  makeProject({ id: 'archived', objectiveId: 'o1', title: 'Archived', order: 3, archived: 1 }),
  makeProject({ id: 'hidden', objectiveId: 'o3', title: 'In an archived objective' }),
];

const resources = [
  makeResource({
    id: 'r1',
    projectId: 'lox',
    url: 'https://www.example.org/lox/scanning',
    title: 'Scanning Lox source',
  }),
  makeResource({ id: 'r2', projectId: 'git', url: 'https://www.example.org/git', title: 'Git' }),
  makeResource({ id: 'r3', projectId: 'retired', url: 'https://retired.example/', title: 'Gone' }),
];

const index = buildSuggestionIndex({ objectives, projects, resources });

describe('buildSuggestionIndex', () => {
  it('ranks live projects by objective order, then project order; drops the rest', () => {
    expect(index.candidates).toEqual([
      { projectId: 'git', rank: 0 },
      { projectId: 'lox', rank: 1 },
      { projectId: 'late', rank: 2 },
    ]);
  });

  it.each([
    // [query, field the project matched in, rank]
    ['interpreter', 'title', 1],
    ['bytecode', 'children', 1],
    ['book', 'links', 1],
    ['content', 'links', 1],
    ['allocator', 'title', 2],
    ['later', 'objective', 2],
  ])('finds %s in the %s of project %i', (query, field, rank) => {
    const [result] = index.search.search(query, { fuzzy: false, prefix: false });
    expect(result?.id).toBe(rank);
    expect(Object.values(result?.match ?? {}).flat()).toContain(field);
  });

  it('keeps the words of attached page titles, per project, without stop words', () => {
    expect(index.resourceWords.get('scanning')).toEqual([1]);
    expect(index.resourceWords.get('lox')).toEqual([1]);
    expect(index.resourceWords.get('git')).toEqual([0]);
    expect(index.resourceWords.has('gone')).toBe(false);
  });

  it('keeps long, strong roadmap stems for finding words run together', () => {
    expect([...index.vocabulary].sort()).toEqual([
      'allocator',
      'bytecode',
      'content',
      'interpreter',
      'machine',
      'scanner',
      'virtual',
    ]);
    expect(index.longestWord).toBe('interpreter'.length);
    expect(index.display.get('interpreter')).toBe('interpreter');
  });

  it('keys roadmap links and attached pages by page, repository, owner and site', () => {
    expect(index.links.page.get('https://github.com/git/git')).toEqual(new Map([[0, 1]]));
    expect(index.links.repo.get('github.com/git/git')).toEqual(new Map([[0, 1]]));
    expect(index.links.owner.get('github.com/git')).toEqual(new Map([[0, 1]]));
    // Sharing a hub site says nothing.
    expect(index.links.host.has('github.com')).toBe(false);
    expect(index.links.host.get('craftinginterpreters.com')).toEqual(new Map([[1, 1]]));
    expect(index.attached.host.get('example.org')).toEqual(
      new Map([
        [1, 1],
        [0, 1],
      ]),
    );
  });
});
