import { describe, expect, it, vi } from 'vitest';
import { readPersistence, requestPersistence } from '../../lib/browser/persistent-storage';

describe('persistent storage adapter', () => {
  it.each([
    [true, 'granted'],
    [false, 'not-granted'],
  ] as const)('reports %s as %s', async (answer, state) => {
    const storage = { persisted: vi.fn(async () => answer), persist: vi.fn(async () => answer) };
    expect(await readPersistence(storage)).toBe(state);
    expect(await requestPersistence(storage)).toBe(state);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no StorageManager', undefined],
    ['no methods', {}],
    [
      'methods that throw',
      {
        persisted: () => Promise.reject(new Error('SecurityError')),
        persist: () => Promise.reject(new Error('SecurityError')),
      },
    ],
  ])('%s is unsupported, not a failure', async (_, storage) => {
    expect(await readPersistence(storage)).toBe('unsupported');
    expect(await requestPersistence(storage)).toBe('unsupported');
  });
});
