import assert from 'node:assert/strict';
/** A Playwright or a Puppeteer page: both run a function in the page with one argument. */
export interface PageEvaluator {
  evaluate<R>(fn: (store: string) => Promise<R>, store: string): Promise<R>;
}

/** Every row of one IndexedDB store, read with the raw API from an extension page. */
export function readStore<T = Record<string, unknown>>(
  page: PageEvaluator,
  store: string,
): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Waits until exactly `count` attached pages have this address, and returns them. */
export async function waitForResources<T extends { url: string }>(
  page: PageEvaluator,
  url: string,
  count: number,
): Promise<T[]> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const rows = (await readStore<T>(page, 'resources')).filter((r) => r.url === url);
    if (rows.length === count) return rows;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected ${count} resources at ${url}`);
}

/** The projects the roadmap holds now (archived ones left out), as the page stored them. */
export async function liveProjects<T extends { archived: 0 | 1 }>(
  page: PageEvaluator,
): Promise<T[]> {
  return (await readStore<T>(page, 'projects')).filter((p) => p.archived === 0);
}

/** The example roadmap as imported: its 16 projects, the two its boxes tick done. */
export function assertExampleImported(projects: readonly { title: string; done: boolean }[]) {
  assert.equal(projects.length, 16);
  assert.deepEqual(
    projects
      .filter((p) => p.done)
      .map((p) => p.title)
      .sort(),
    ['PubSub system in Rust', 'gVisor - foreverVM'],
  );
}
