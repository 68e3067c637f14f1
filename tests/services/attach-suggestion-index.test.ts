import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as suggest from '../../lib/domain/tabs/suggestion-index';
import type { WaymarkDatabase } from '../../lib/db/database';
import { MAX_WORD_LENGTH } from '../../lib/domain/tabs/suggestion-limits';
import { attachResource } from '../../lib/services/attach-resource';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { keepSuggestionIndex, type SuggestionKeeper } from '../../lib/services/tab-suggestions';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

let db: WaymarkDatabase;
let keeper: SuggestionKeeper | undefined;

beforeEach(async () => {
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
});
afterEach(() => {
  keeper?.stop();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('keepSuggestionIndex', () => {
  it('answers with project and objective names, and nothing for refused or unrelated pages', async () => {
    keeper = keepSuggestionIndex(db, { delayMs: 10, onError: () => {} });
    const [kubernetes, settings, news] = await keeper.suggest([
      { url: 'https://kubernetes.io/docs/concepts/overview/', title: 'Overview | Kubernetes' },
      { url: 'chrome://settings/', title: 'Kubernetes settings' },
      { url: 'https://www.bbc.co.uk/news', title: 'BBC News - Home' },
    ]);
    expect(kubernetes?.[0]).toMatchObject({
      projectTitle: 'Kubernetes',
      objectiveTitle: 'ML Infra / AI Infra',
    });
    expect(kubernetes?.[0]?.reasons[0]).toMatch(/kubernetes/i);
    expect(settings).toEqual([]);
    expect(news).toEqual([]);
  });

  it('builds once, then rebuilds once after a burst of changes, and learns from attached pages', async () => {
    // Only the quiet time is faked: the fake IndexedDB schedules its own work with setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const build = vi.spyOn(suggest, 'buildSuggestionIndex');
    const rebuilt = vi.fn();
    keeper = keepSuggestionIndex(db, { delayMs: 600, onError: () => {}, onRebuilt: rebuilt });
    const page = { url: 'https://jvns.ca/blog/2024/01/01/zines/', title: 'Wizard zines' };
    expect((await keeper.suggest([page]))[0]).toEqual([]);
    expect(build).toHaveBeenCalledTimes(1);

    const projectId = (await db.projects.toArray()).find((p) => p.title === 'Linux Internals')!.id;
    for (const path of ['a', 'b', 'c']) {
      await attachResource(db, {
        projectId,
        url: `https://jvns.ca/blog/${path}`,
        title: `Linux ${path}`,
        via: 'popup',
        now: NOW,
      });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(build).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    await vi.waitFor(() => expect(rebuilt).toHaveBeenCalledTimes(2));
    await vi.runAllTimersAsync();
    expect(build).toHaveBeenCalledTimes(2);
    expect((await keeper.suggest([page]))[0]?.[0]?.projectTitle).toBe('Linux Internals');
  });

  it('answers for a page with a 200,000-character word as for its first letters', async () => {
    keeper = keepSuggestionIndex(db, { delayMs: 10, onError: () => {} });
    const page = (word: string) => ({
      url: `https://kubernetes.io/docs/${word}`,
      title: `Overview | Kubernetes ${word}`,
    });
    const word = 'x'.repeat(200_000);
    const [huge, cut] = await keeper.suggest([page(word), page(word.slice(0, MAX_WORD_LENGTH))]);
    expect(huge?.[0]?.projectTitle).toBe('Kubernetes');
    expect(huge).toEqual(cut);
  });
});
