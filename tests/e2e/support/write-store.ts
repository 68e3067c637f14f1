import type { Page } from 'playwright-core';

/**
 * Puts rows into one IndexedDB store with the raw API, from an extension page: test setup that
 * stands for time passing (a card coming due) or for data the example note does not have. The
 * app's live queries do not see such a write: reload the page afterwards.
 */
export function putRows<T>(page: Page, store: string, rows: readonly T[]): Promise<void> {
  return page.evaluate(
    ({ name, values }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const value of values) tx.objectStore(name).put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: store, values: rows as T[] },
  );
}
