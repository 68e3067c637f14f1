import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Project, Resource, Review } from '../../lib/domain/types';
import { screenshotPath, serveTestPages } from '../../scripts/launch-extension';
import type { ExtensionSession } from './support/extension-session';
import { readStore as readRows } from './support/read-store';

const FIREFOX_DIR = resolve('.output/firefox-mv2');
/** Fixed through a preference, so the test knows the moz-extension:// address in advance. */
const UUID = '5a7c0f3e-9d2b-4e61-8f0a-3b6c1d2e4f50';

let browser: Browser;
let site: ExtensionSession['site'];
let newtab: Page;

/** The first build session on the example roadmap's import day. */
const FLY = 'Fly Dist Sys Challenges';

const readStore = <T>(store: string) => readRows<T>(newtab, store);

/** Firefox never reports a moz-extension:// navigation as finished: wait for the page instead. */
async function openWaymark(hash = '') {
  await newtab
    .goto(`moz-extension://${UUID}/newtab.html${hash}`, { timeout: 3000 })
    .catch(() => {});
  await newtab.waitForSelector('nav.app-nav');
}

describe('Waymark in Firefox (no tab groups)', { timeout: 120_000 }, () => {
  before(async () => {
    site = await serveTestPages();
    const manifest = JSON.parse(readFileSync(`${FIREFOX_DIR}/manifest.json`, 'utf8'));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({
          [manifest.browser_specific_settings.gecko.id]: UUID,
        }),
      },
    });
    await browser.installExtension(FIREFOX_DIR);
    newtab = await browser.newPage();
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  it('first run -> example roadmap -> today’s plan', async () => {
    await openWaymark();
    const example = await newtab.waitForSelector('::-p-text(Try the example roadmap)');
    await example!.click();
    await newtab.waitForSelector('article.session h3');
    const sessions = await newtab.$$eval('article.session h3', (h) => h.map((e) => e.textContent));
    assert.deepEqual(sessions, [FLY, 'Build Git']);
    assert.equal((await readStore<Project>('projects')).length, 16);
    await newtab.screenshot({ path: `${screenshotPath('firefox-today')}` });
  });

  it('Start opens the session’s pages in a window of their own; Finish records the build session', async () => {
    const fly = (await readStore<Project>('projects')).find((p) => p.title === FLY)!;
    const page: Resource = {
      id: 'firefox-resource',
      projectId: fly.id,
      url: `${site.origin}/Maelstrom%20guide`,
      title: 'Maelstrom guide',
      kind: 'docs',
      attachedAt: Date.now(),
      via: 'popup',
    };
    await newtab.evaluate(
      (row) =>
        new Promise<void>((done) => {
          const open = indexedDB.open('waymark');
          open.onsuccess = () => {
            const tx = open.result.transaction('resources', 'readwrite');
            tx.objectStore('resources').put(row);
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
          };
        }),
      page,
    );
    await newtab.reload({ timeout: 3000 }).catch(() => {});
    const card = `article.session[data-project-id="${fly.id}"]`;
    await newtab.waitForSelector(`${card} a[href="${page.url}"]`);
    await newtab.click(`${card} button.primary`);

    // The page opens alone in a new window: Firefox's build asks for no tabGroups permission.
    await browser.waitForTarget((target) => target.url() === page.url);
    // Firefox's promise-based `browser` namespace, with Chrome's types.
    const windows = await newtab.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const all = await api.windows.getAll({ populate: true });
      return all.map((w) => (w.tabs ?? []).map((t) => t.url));
    });
    assert.equal(windows.length, 2);
    assert.ok(windows.some((urls) => urls.length === 1 && urls[0] === page.url));

    await newtab.waitForSelector(`::-p-text(Studying ${FLY})`);
    await newtab.keyboard.press('f');
    await newtab.waitForSelector('dialog.rating-dialog[open]');
    await newtab.waitForSelector(`::-p-text(What did you build on “${FLY}”?)`);
    const minutes = await newtab.waitForSelector('#session-minutes');
    await minutes!.click({ count: 3 });
    await minutes!.type('25');
    await newtab.click('::-p-text(Save session)');
    await newtab.waitForSelector(`::-p-text(Saved: 0.4 h of “${FLY}” built.)`);
    const reviews = await readStore<Review>('reviews');
    assert.deepEqual(
      reviews.map((r) => [r.projectId, r.kind, r.minutes, r.rating]),
      [[fly.id, 'build', 25, undefined]],
    );
    const after = (await readStore<Project>('projects')).find((p) => p.id === fly.id)!;
    assert.equal(after.phase, 'building');
    assert.equal(after.builtMinutes, 25);
    assert.equal(after.card, undefined, 'a project being built has no review card');
  });

  it('the Roadmap gets its forecast from the worker: each objective says when it is reached', async () => {
    await openWaymark('#roadmap');
    await newtab.waitForSelector('section.objective .project');
    // Filled in by plan-outlook.worker.ts: this fails if Firefox cannot start the module worker.
    await newtab.waitForSelector('.objective-outlook ::-p-text(Reached by)');
    const outlooks = await newtab.$$eval('.objective-outlook', (all) =>
      all.map((e) => e.textContent ?? ''),
    );
    assert.equal(outlooks.length, 4);
    for (const text of outlooks) assert.match(text, /^Reached by /);
  });

  it('Import & export says the note cannot be linked here, and names the last import', async () => {
    await openWaymark('#import');
    await newtab.waitForSelector('::-p-text(This browser cannot link your note file)');
    const last = await newtab.$eval('.import-last', (line) => line.textContent ?? '');
    assert.match(last, /^Last imported: example-roadmap\.md, /);
    assert.equal(await newtab.$('::-p-text(Link your note file)'), null);
  });
});
