import { afterEach, expect, it, vi } from 'vitest';
import * as suggest from '../../lib/domain/tabs/suggestion-index';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { keepSuggestionIndex } from '../../lib/services/tab-suggestions';
import { readOutcome } from '../support/read-outcome';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

afterEach(() => vi.restoreAllMocks());

it('rejects suggestions when the first index build fails, rather than waiting for ever', async () => {
  const db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  const failure = new TypeError('a title that is not text');
  vi.spyOn(suggest, 'buildSuggestionIndex').mockImplementation(() => {
    throw failure;
  });
  const onError = vi.fn();
  const keeper = keepSuggestionIndex(db, { delayMs: 10, onError });
  const page = { url: 'https://kubernetes.io/docs/', title: 'Kubernetes' };
  expect(await readOutcome(db, keeper.suggest([page]))).toEqual({
    settled: 'rejected',
    error: failure,
  });
  expect(onError).toHaveBeenCalledWith(failure);
  keeper.stop();
});
