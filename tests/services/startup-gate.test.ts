import { afterEach, describe, expect, it, vi } from 'vitest';
import { startupGate } from '../../lib/services/startup-gate';
import { keepSuggestionIndex, type SuggestionKeeper } from '../../lib/services/tab-suggestions';
import { attachResource } from '../../lib/services/attach-resource';
import { exampleDatabase } from '../support/example-database';
import { createTestDatabase, NOW } from '../support/test-database';

let keeper: SuggestionKeeper | undefined;
afterEach(() => {
  keeper?.stop();
  vi.useRealTimers();
});

async function isSettled(promise: Promise<void>) {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(0);
  return settled;
}

describe('startupGate', () => {
  it('opens after its delay, not before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const gate = startupGate(1500);
    await vi.advanceTimersByTimeAsync(1499);
    expect(await isSettled(gate.opened)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isSettled(gate.opened)).toBe(true);
  });

  it('holds the suggestion index back until someone asks for suggestions', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const gate = startupGate(60_000);
    const rebuilt = vi.fn();
    keeper = keepSuggestionIndex(createTestDatabase(), {
      delayMs: 10,
      onError: () => {},
      onRebuilt: rebuilt,
      gate,
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(rebuilt).not.toHaveBeenCalled();
    const page = { url: 'https://example.com/', title: 'Example' };
    expect(await keeper.suggest([page])).toEqual([[]]);
    expect(rebuilt).toHaveBeenCalledTimes(1);
  });

  it('builds no index for the pages of the extension itself, such as the new tab that woke it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const db = createTestDatabase();
    const reads = vi.spyOn(db, 'transaction');
    keeper = keepSuggestionIndex(db, { delayMs: 10, onError: () => {}, gate: startupGate(1500) });
    expect(keeper.filedNow('chrome-extension://waymark/newtab.html')).toEqual([]);
    expect(keeper.filedNow('chrome://newtab/')).toEqual([]);
    expect(keeper.filedNow(undefined)).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads).not.toHaveBeenCalled();
  });

  it('builds it when a web page asks for its filed state, not before the gate opens', async () => {
    const { db, byTitle } = await exampleDatabase();
    const url = 'https://jvns.ca/blog/zines/';
    const linux = await byTitle('Linux Internals');
    await attachResource(db, { projectId: linux.id, url, title: 'Zines', via: 'popup', now: NOW });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const reads = vi.spyOn(db, 'transaction');
    const rebuilt = vi.fn();
    const gate = startupGate(1500);
    keeper = keepSuggestionIndex(db, { delayMs: 10, onError: () => {}, onRebuilt: rebuilt, gate });
    await vi.advanceTimersByTimeAsync(1000);
    expect(keeper.filedNow(url)).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(reads).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    await vi.waitFor(() => expect(rebuilt).toHaveBeenCalledTimes(1));
    expect(keeper.filedNow(url)).toMatchObject([
      { projectId: linux.id, projectTitle: 'Linux Internals' },
    ]);
  });
});
