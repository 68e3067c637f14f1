import { describeEvidence, type UrlEvidence, type WordEvidence } from './suggestion-evidence';
import type { SuggestionIndex } from './suggestion-index';
import { MAX_REASONS, MIN_SCORE, RELATIVE_CUT, WEAK_CAP } from './suggestion-weights';

export interface Suggestion {
  projectId: string;
  /** 0..1; anything returned is at least MIN_SCORE. */
  score: number;
  /** Plain-words evidence, strongest first. */
  reasons: string[];
}

/** One project's score from its independent pieces of evidence, rounded for display. */
function scoreEvidence(words: Iterable<WordEvidence>, urls: readonly UrlEvidence[]): number {
  let strong = 0;
  let weak = 0;
  for (const item of words) {
    if (item.weak) weak += item.value;
    else strong += item.value;
  }
  // A saturating sum for words, noisy-OR with URL ties.
  let miss = Math.exp(-(strong + Math.min(weak, WEAK_CAP)));
  for (const item of urls) miss *= 1 - item.value;
  return Math.round((1 - miss) * 1000) / 1000;
}

/** The strongest pieces of evidence, in words. */
function explain(
  index: SuggestionIndex,
  words: Map<string, WordEvidence> | undefined,
  urls: UrlEvidence[] | undefined,
): string[] {
  const items = [
    ...(urls ?? []),
    ...[...(words?.values() ?? [])].map((item) => ({
      value: item.value,
      reason: describeEvidence(index, item),
    })),
  ].sort((a, b) => b.value - a.value);
  return [...new Set(items.map((item) => item.reason))].slice(0, MAX_REASONS);
}

/**
 * Projects ranked by their evidence, best first: at least MIN_SCORE, runners-up close enough to
 * the best, at most `limit`; ties keep roadmap order.
 */
export function scoreSuggestions(
  index: SuggestionIndex,
  evidence: { words: Map<number, Map<string, WordEvidence>>; urls: Map<number, UrlEvidence[]> },
  limit: number,
): Suggestion[] {
  const { words, urls } = evidence;
  const scored: Array<{ rank: number; score: number }> = [];
  const score = (rank: number) => {
    const value = scoreEvidence(words.get(rank)?.values() ?? [], urls.get(rank) ?? []);
    if (value >= MIN_SCORE) scored.push({ rank, score: value });
  };
  for (const rank of words.keys()) score(rank);
  for (const rank of urls.keys()) if (!words.has(rank)) score(rank);

  scored.sort((a, b) => b.score - a.score || a.rank - b.rank);
  const best = scored[0]?.score ?? 0;
  const suggestions: Suggestion[] = [];
  for (const { rank, score: value } of scored) {
    const candidate = index.candidates[rank];
    if (suggestions.length >= limit || value < best * RELATIVE_CUT) break;
    if (!candidate) continue;
    suggestions.push({
      projectId: candidate.projectId,
      score: value,
      reasons: explain(index, words.get(rank), urls.get(rank)),
    });
  }
  return suggestions;
}
