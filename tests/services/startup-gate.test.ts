import { afterEach, describe, expect, it, vi } from 'vitest';
import { startupGate } from '../../lib/services/startup-gate';
import { keepSuggestionIndex, type SuggestionKeeper } from '../../lib/services/tab-suggestions';
import { createTestDatabase } from '../support/test-database';

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
});
