import { browser } from 'wxt/browser';

/** One value under one key of the extension's storage: read (null when absent), save, clear. */
export function storedValue<T>(area: 'local' | 'session', key: string) {
  const storage = () => browser.storage[area];
  return {
    read: async (): Promise<T | null> => ((await storage().get(key))[key] as T | undefined) ?? null,
    save: (value: T): Promise<void> => storage().set({ [key]: value }),
    clear: (): Promise<void> => storage().remove(key),
  };
}
