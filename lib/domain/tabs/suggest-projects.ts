import { collectQueryTerms } from './query-terms';
import { scoreSuggestions, type Suggestion } from './score-suggestions';
import { collectTextEvidence, collectUrlEvidence } from './suggestion-evidence';
import type { SuggestionIndex } from './suggestion-index';
import { capSuggestionPage } from './suggestion-limits';
import { DEFAULT_LIMIT } from './suggestion-weights';

/**
 * Ranks the projects a tab most likely belongs to; [] when nothing matches well. Build the index
 * once with `buildSuggestionIndex` and reuse it for every tab until the roadmap changes.
 */
export function suggestProjects(
  index: SuggestionIndex,
  tab: { url: string; title: string },
  limit = DEFAULT_LIMIT,
): Suggestion[] {
  if (limit <= 0 || index.candidates.length === 0) return [];
  const page = capSuggestionPage(tab);
  const words = collectTextEvidence(index, collectQueryTerms(index, page));
  const urls = collectUrlEvidence(index, page.url);
  return scoreSuggestions(index, { words, urls }, limit);
}
