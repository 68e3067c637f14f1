import { describe, expect, it } from 'vitest';
import { scoreSuggestions } from '../../../lib/domain/tabs/score-suggestions';
import type { UrlEvidence, WordEvidence } from '../../../lib/domain/tabs/suggestion-evidence';
import { buildSuggestionIndex } from '../../../lib/domain/tabs/suggestion-index';
import { MIN_SCORE, WEAK_CAP } from '../../../lib/domain/tabs/suggestion-weights';
import { makeProject } from './example-roadmap-rows';

const index = buildSuggestionIndex({
  objectives: [{ id: 'o1', roadmapId: 'r1', title: 'Systems', order: 0, archived: 0 }],
  projects: ['Lox Interpreter', 'Build Git', 'Kubernetes', 'Docker'].map((title, order) =>
    makeProject({ id: `p${order}`, objectiveId: 'o1', title, order }),
  ),
  resources: [],
});

const strong = (docTerm: string, value: number): WordEvidence => ({
  docTerm,
  value,
  weak: false,
  field: 'title',
});
const weak = (docTerm: string, value: number): WordEvidence => ({
  ...strong(docTerm, value),
  weak: true,
});

function score(
  words: Record<number, WordEvidence[]>,
  urls: Record<number, UrlEvidence[]> = {},
  limit = 3,
) {
  const byRank = <T>(record: Record<number, T[]>) =>
    new Map(Object.entries(record).map(([rank, items]) => [Number(rank), items]));
  return scoreSuggestions(
    index,
    {
      words: new Map(
        [...byRank(words)].map(([rank, items]) => [
          rank,
          new Map(items.map((item) => [item.docTerm, item])),
        ]),
      ),
      urls: byRank(urls),
    },
    limit,
  ).map(({ projectId, score: value }) => [projectId, value]);
}

describe('scoreSuggestions', () => {
  it.each<[string, Record<number, WordEvidence[]>, Record<number, UrlEvidence[]>, unknown[]]>([
    ['nothing for no evidence', {}, {}, []],
    // 1 - e^-0.9
    ['a saturating sum of word evidence', { 0: [strong('lox', 0.9)] }, {}, [['p0', 0.593]]],
    [
      'word evidence adding up',
      { 0: [strong('lox', 0.9), strong('interpreter', 0.9)] },
      {},
      [['p0', 0.835]],
    ],
    // Weak words alone stay below MIN_SCORE however many there are.
    ['weak words under their cap', { 1: [weak('build', 0.3), weak('guide', 0.3)] }, {}, []],
    // noisy-OR: 1 - (1 - 0.97) * e^-0.9
    [
      'a URL tie with words',
      { 0: [strong('lox', 0.9)] },
      { 0: [{ value: 0.97, reason: 'same page' }] },
      [['p0', 0.988]],
    ],
    ['a URL tie alone', {}, { 2: [{ value: 0.45, reason: 'same site' }] }, [['p2', 0.45]]],
    // 0.302 passes MIN_SCORE but is under half the best; ties keep roadmap order.
    [
      'runners-up close to the best, in roadmap order on ties',
      { 3: [strong('docker', 2)], 2: [strong('kubernete', 2)], 0: [strong('x', 0.36)] },
      {},
      [
        ['p2', 0.865],
        ['p3', 0.865],
      ],
    ],
  ])('gives %s', (_case, words, urls, expected) => {
    expect(score(words, urls)).toEqual(expected);
  });

  it('drops what scores under MIN_SCORE', () => {
    const justUnder = -Math.log(1 - MIN_SCORE) - 0.01;
    expect(score({ 0: [strong('lox', justUnder)] })).toEqual([]);
    expect(score({ 0: [strong('lox', justUnder + 0.02)] })).toHaveLength(1);
    expect(WEAK_CAP).toBeLessThanOrEqual(-Math.log(1 - MIN_SCORE));
  });

  it('returns at most `limit`', () => {
    const words = {
      0: [strong('a', 1)],
      1: [strong('b', 1)],
      2: [strong('c', 1)],
      3: [strong('d', 1)],
    };
    expect(score(words, {}, 2).map(([id]) => id)).toEqual(['p0', 'p1']);
  });

  it('explains with the three strongest distinct reasons', () => {
    const [suggestion] = scoreSuggestions(
      index,
      {
        words: new Map([
          [
            0,
            new Map([
              ['lox', strong('lox', 0.9)],
              ['interpreter', strong('interpreter', 0.5)],
            ]),
          ],
        ]),
        urls: new Map([
          [
            0,
            [
              { value: 0.97, reason: 'same page as a link in the roadmap' },
              { value: 0.45, reason: 'you attached pages from example.org here' },
            ],
          ],
        ]),
      },
      3,
    );
    expect(suggestion?.reasons).toEqual([
      'same page as a link in the roadmap',
      'title matches “lox”',
      'title matches “interpreter”',
    ]);
  });
});
