import type { BrowserContext } from 'playwright-core';
import type { BenchmarkData } from './benchmark-data';

/**
 * Stores benchmark data in the extension's own database (its stores created by the page's Dexie
 * code on first run), then restarts the service worker, which did not see these raw writes: it
 * plans today when it starts and stores the snapshot, and the page mirrors it into localStorage.
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
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.reload();
  await page.getByRole('heading', { name: /^Today/ }).waitFor();
  await page.waitForFunction(
    () =>
      (
        JSON.parse(localStorage.getItem('waymark:today') ?? 'null') as {
          view?: { hasRoadmap?: boolean };
        } | null
      )?.view?.hasRoadmap === true,
    undefined,
    { timeout: 60_000 },
  );
  await page.close();
}
