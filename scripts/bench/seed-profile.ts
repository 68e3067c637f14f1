import type { BrowserContext } from 'playwright-core';
import type { BenchmarkData } from './benchmark-data';

/**
 * Stores benchmark data in the extension's own database (its stores created by the page's Dexie
 * code on first run), then reloads so the live view plans today and stores its snapshot.
 */
export async function seedProfile(
  context: BrowserContext,
  extensionId: string,
  data: BenchmarkData,
) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  await page.getByRole('button', { name: 'Try the example roadmap', disabled: false }).waitFor();
  await page.evaluate(async (rowsByStore) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('waymark');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const tx = db.transaction(Object.keys(rowsByStore), 'readwrite');
    for (const [store, rows] of Object.entries(rowsByStore))
      for (const row of rows) tx.objectStore(store).put(row);
    await new Promise((done, fail) => {
      tx.oncomplete = done;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, data);
  await page.reload();
  await page.getByRole('heading', { name: /^Today/ }).waitFor();
  await page.waitForTimeout(1500); // the live view stores today's snapshot
  await page.close();
}
