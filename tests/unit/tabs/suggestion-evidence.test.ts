import { describe, expect, it } from 'vitest';
import type { QueryTerm } from '../../../lib/domain/tabs/query-terms';
import {
  collectTextEvidence,
  collectUrlEvidence,
  describeEvidence,
} from '../../../lib/domain/tabs/suggestion-evidence';
import { buildSuggestionIndex } from '../../../lib/domain/tabs/suggestion-index';
import {
  ATTACHED_TIE,
  FIELD_WEIGHT,
  LINK_TIE,
  MATCH_QUALITY,
  WEAK_FACTOR,
} from '../../../lib/domain/tabs/suggestion-weights';
import { makeProject, makeResource } from './example-roadmap-rows';

const objectives = [
  { id: 'o1', roadmapId: 'r1', title: 'Systems', order: 0, archived: 0 as const },
];
const index = buildSuggestionIndex({
  objectives,
  projects: [
    makeProject({
      id: 'lox',
      objectiveId: 'o1',
      title: 'Lox Interpreter',
      order: 0,
      children: ['Scanner', 'Bytecode virtual machine'],
      links: [{ label: 'book', url: 'https://craftinginterpreters.com/contents.html' }],
    }),
    makeProject({
      id: 'git',
      objectiveId: 'o1',
      title: 'Build Git Objects',
      order: 1,
      links: [{ label: 'repo', url: 'https://github.com/git/git' }],
    }),
    makeProject({
      id: 'vm',
      objectiveId: 'o1',
      title: 'Firecracker machine',
      order: 2,
      children: ['Bytecode'],
    }),
  ],
  resources: [
    makeResource({
      id: 'a',
      projectId: 'git',
      url: 'https://wyag.thb.lt/',
      title: 'Write yourself',
    }),
    makeResource({ id: 'b', projectId: 'git', url: 'https://wyag.thb.lt/#objects', title: 'x' }),
    makeResource({ id: 'c', projectId: 'lox', url: 'https://wyag.thb.lt/', title: 'x' }),
  ],
});

const query = (term: string, weight = 1, exact = false): QueryTerm => ({
  term,
  weight,
  exact,
  origins: new Set(['title']),
});

const byRank = <T>(a: [number, T], b: [number, T]) => a[0] - b[0];

function evidenceOf(terms: QueryTerm[]) {
  return [...collectTextEvidence(index, terms)].sort(byRank).map(([rank, words]) => [
    rank,
    [...words.values()].map(({ docTerm, field, value, weak }) => ({
      docTerm,
      field,
      value,
      weak,
    })),
  ]);
}

describe('collectTextEvidence', () => {
  it.each([
    [
      'an exact title word',
      [query('interpreter')],
      [[0, [{ docTerm: 'interpreter', field: 'title', value: FIELD_WEIGHT.title, weak: false }]]],
    ],
    [
      'a close prefix',
      [query('interpret')],
      [
        [
          0,
          [
            {
              docTerm: 'interpreter',
              field: 'title',
              value: FIELD_WEIGHT.title * MATCH_QUALITY.closePrefix,
              weak: false,
            },
          ],
        ],
      ],
    ],
    [
      'a typo',
      [query('scaner')],
      [
        [
          0,
          [
            {
              docTerm: 'scanner',
              field: 'children',
              value: FIELD_WEIGHT.children * MATCH_QUALITY.typo,
              weak: false,
            },
          ],
        ],
      ],
    ],
    [
      'a part of a run-together word, searched exactly',
      [query('interpreter', 0.5, true)],
      [
        [
          0,
          [
            {
              docTerm: 'interpreter',
              field: 'title',
              value: FIELD_WEIGHT.title * MATCH_QUALITY.compoundPart * 0.5,
              weak: false,
            },
          ],
        ],
      ],
    ],
    [
      'a weak word, scaled down',
      [query('build')],
      [
        [
          1,
          [
            {
              docTerm: 'build',
              field: 'title',
              value: FIELD_WEIGHT.title * WEAK_FACTOR,
              weak: true,
            },
          ],
        ],
      ],
    ],
    [
      'a word in the same field of two projects, shared between them',
      [query('bytecode')],
      [0, 2].map((rank) => [
        rank,
        [
          {
            docTerm: 'bytecode',
            field: 'children',
            value: FIELD_WEIGHT.children / Math.SQRT2,
            weak: false,
          },
        ],
      ]),
    ],
    [
      'a word of an attached page title',
      [query('yourself')],
      [
        [
          1,
          [{ docTerm: 'yourself', field: 'resources', value: FIELD_WEIGHT.resources, weak: false }],
        ],
      ],
    ],
  ])('weighs %s', (_case, terms, expected) => {
    expect(evidenceOf(terms)).toEqual(expected);
  });

  it('keeps the strongest match per project word', () => {
    expect(evidenceOf([query('interpret', 1), query('interpreter', 0.5)])).toEqual([
      [
        0,
        [
          {
            docTerm: 'interpreter',
            field: 'title',
            value: FIELD_WEIGHT.title * MATCH_QUALITY.closePrefix,
            weak: false,
          },
        ],
      ],
    ]);
  });

  it('names the field and the word as the user wrote it', () => {
    const words = collectTextEvidence(index, [query('lox')]).get(0);
    const [evidence] = words?.values() ?? [];
    expect(evidence && describeEvidence(index, evidence)).toBe('title matches “lox”');
  });
});

describe('collectUrlEvidence', () => {
  it.each([
    [
      'a roadmap link page, and not its weaker repository tie again',
      'https://github.com/git/git/',
      [[1, [{ value: LINK_TIE.page, reason: 'same page as a link in the roadmap' }]]],
    ],
    [
      'a roadmap link owner',
      'https://github.com/git/htmldocs',
      [[1, [{ value: LINK_TIE.owner, reason: 'same owner (git) as a link in the roadmap' }]]],
    ],
    [
      'a roadmap link site',
      'https://craftinginterpreters.com/scanning.html',
      [
        [
          0,
          [
            {
              value: LINK_TIE.host,
              reason: 'same site (craftinginterpreters.com) as a link in the roadmap',
            },
          ],
        ],
      ],
    ],
    [
      'an attached page, shared by how often it went to each project',
      'https://wyag.thb.lt/',
      [
        [0, [{ value: ATTACHED_TIE.page / 3, reason: 'you attached this page here before' }]],
        [1, [{ value: (ATTACHED_TIE.page * 2) / 3, reason: 'you attached this page here before' }]],
      ],
    ],
    [
      'an attached site, shared the same way',
      'https://wyag.thb.lt/about',
      [
        [0, [{ value: ATTACHED_TIE.host / 3, reason: 'you attached pages from wyag.thb.lt here' }]],
        [
          1,
          [
            {
              value: (ATTACHED_TIE.host * 2) / 3,
              reason: 'you attached pages from wyag.thb.lt here',
            },
          ],
        ],
      ],
    ],
    ['no tie', 'https://example.org/', []],
    ['an address that is not a web page', 'mailto:someone@example.org', []],
  ])('finds %s', (_case, url, expected) => {
    expect([...collectUrlEvidence(index, url)].sort(byRank)).toEqual(expected);
  });
});
