import { describe, expect, it } from 'vitest';
import { buildFiledPages, filedPagesFor } from '../../../lib/domain/tabs/filed-pages';
import { toolbarStateFor } from '../../../lib/domain/tabs/filed-toolbar';

const projects = [
  { id: 'p-git', title: 'Build Git' },
  { id: 'p-os', title: 'Operating Systems' },
];
const resources = [
  { id: 'r1', projectId: 'p-git', url: 'https://git-scm.com/book/en/v2/', attachedAt: 1 },
  { id: 'r2', projectId: 'p-os', url: 'https://git-scm.com/book/en/v2', attachedAt: 5 },
  { id: 'r3', projectId: 'p-gone', url: 'https://example.com/orphan', attachedAt: 2 },
  { id: 'r4', projectId: 'p-os', url: 'https://ostep.org/#SecretKey123', attachedAt: 3 },
];
const pages = buildFiledPages(resources, projects);

describe('filedPagesFor', () => {
  it.each([
    ['the same address', 'https://git-scm.com/book/en/v2/', ['r2', 'r1']],
    [
      'tracking parameters and an anchor',
      'https://git-scm.com/book/en/v2?utm_source=x#top',
      ['r2', 'r1'],
    ],
    ['a page whose project is gone', 'https://example.com/orphan', []],
    ['a page never filed', 'https://example.com/other', []],
    ['a content fragment kept in the key', 'https://ostep.org/#SecretKey123', ['r4']],
    ['another content fragment', 'https://ostep.org/#OtherKey4567', []],
    ['no address', undefined, []],
    ['a browser page', 'chrome://settings', []],
  ])('%s', (_case, url, ids) => {
    expect(filedPagesFor(pages, url).map((filed) => filed.resourceId)).toEqual(ids);
  });

  it('names the project, newest attach first', () => {
    expect(filedPagesFor(pages, 'https://git-scm.com/book/en/v2')[0]).toEqual({
      resourceId: 'r2',
      projectId: 'p-os',
      projectTitle: 'Operating Systems',
    });
  });
});

describe('toolbarStateFor', () => {
  const filed = (...titles: string[]) =>
    titles.map((projectTitle, i) => ({ resourceId: `r${i}`, projectId: `p${i}`, projectTitle }));
  it.each([
    [[], { text: '', title: 'Waymark' }],
    [filed('Build Git'), { text: '✓', title: 'Waymark: In Build Git' }],
    [filed('Build Git', 'OS', 'Nets'), { text: '✓', title: 'Waymark: In Build Git and 2 more' }],
    [filed('x'.repeat(200)), { text: '✓', title: `Waymark: In ${'x'.repeat(59)}…` }],
  ])('%#', (given, expected) => {
    expect(toolbarStateFor(given)).toEqual(expected);
  });
});
