import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Project } from '../../lib/domain/types';
import {
  launchExtension,
  openPopup,
  serveTestPages,
  type LoadedExtension,
} from '../../scripts/launch-extension';
import { dispatchInWorker, tabWithUrl } from './support/extension-worker';
import { watchNetwork, type NetworkLog } from './support/network-log';
import { readStore } from './support/read-store';
import { armScriptTraps, auditDom } from './support/script-traps';

/** Each view of the new-tab page, with the heading that shows it is on screen. */
const VIEWS: [string, RegExp][] = [
  ['today', /^Today/],
  ['upcoming', /^Upcoming/],
  ['roadmap', /./],
  ['stats', /^Stats/],
  ['import', /^Import & export/],
  ['settings', /^Settings/],
];
const HOSTILE = readFileSync('tests/fixtures/hostile/hostile-roadmap.md', 'utf8');
const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];

/** Opens one view of the new-tab page and waits for its heading. */
async function visit(page: Page, extension: LoadedExtension, [view, heading]: [string, RegExp]) {
  // A fresh load each time, as when a new tab opens on that view.
  await page.goto('about:blank');
  await page.goto(extension.url(`newtab.html#${view}`));
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  if (view === 'roadmap') await page.locator('li.project').first().waitFor();
  if (view === 'settings') await page.getByRole('heading', { name: 'Automatic backups' }).waitFor();
}

/** Opens every project's details, so attached pages and their links are on screen too. */
async function expandAll(page: Page) {
  const closed = page.locator('li.project button[aria-expanded="false"]');
  const count = await closed.count();
  for (let n = 0; n < count; n += 1) await closed.first().click();
}

describe('no network, ever', { timeout: 120_000 }, () => {
  let extension: LoadedExtension;
  let site: { origin: string; server: Server };
  let network: NetworkLog;
  let page: Page;

  before(async () => {
    site = await serveTestPages();
    extension = await launchExtension();
    network = await watchNetwork(extension.context);
    page = await extension.context.newPage();
  });

  after(async () => {
    await extension?.close();
    site?.server.close();
  });

  it('sees a request from a page and from the service worker (the watch itself works)', async () => {
    await page.goto(extension.url('newtab.html'));
    await page.evaluate((url) => fetch(url).catch(() => null), `${site.origin}/from-page`);
    await extension.worker.evaluate(
      (url) => fetch(url).catch(() => null),
      `${site.origin}/from-worker`,
    );
    for (let attempt = 0; network.foreign().length < 2 && attempt < 50; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const foreign = network.foreign().join('\n');
    assert.match(foreign, /\/from-page$/m);
    assert.match(foreign, /^worker .*\/from-worker$/m);
    network.clear();
  });

  it('loads every view, the popup and the worker’s listeners without one request off the extension', async () => {
    await page.goto(extension.url('newtab.html'));
    await page.getByRole('button', { name: 'Try the example roadmap' }).click();
    for (let attempt = 0; (await readStore(page, 'projects')).length < 16; attempt += 1) {
      assert.ok(attempt < 100, 'the example roadmap was imported');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The roadmap's links point to the internet; attach one more from the menu, unfetched.
    const project = (await readStore<Project>(page, 'projects'))[0]!;
    const tab = await tabWithUrl(extension, extension.url('newtab.html'));
    await dispatchInWorker(extension, 'contextMenus.onClicked', [
      {
        menuItemId: `attach:${project.id}`,
        pageUrl: tab.url,
        linkUrl: 'https://example.com/paper.pdf',
        editable: false,
      },
      tab,
    ]);
    await extension.worker.evaluate(() => {
      const alarms = chrome.alarms.onAlarm as unknown as { dispatch: (a: unknown) => void };
      alarms.dispatch({ name: 'refresh-today', scheduledTime: Date.now() });
      alarms.dispatch({ name: 'rolling-backup', scheduledTime: Date.now() });
    });
    for (const view of VIEWS) {
      await visit(page, extension, view);
      if (view[0] === 'roadmap') await expandAll(page);
    }
    const popup = await openPopup(extension);
    await popup.getByRole('heading', { name: 'Attach this tab' }).waitFor();
    await popup.close();
    // Give lazy work (suggestion index, backups, favicons if any) time to ask.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.ok(network.seen().length > 0, 'the extension’s own files were seen loading');
    assert.deepEqual(network.foreign(), []);
  });
});

describe('hostile roadmaps run nothing', { timeout: 120_000 }, () => {
  let extension: LoadedExtension;
  let page: Page;
  let traps: { events: string[] };
  let site: { origin: string; server: Server } | undefined;

  before(async () => {
    extension = await launchExtension();
    page = await extension.context.newPage();
    traps = await armScriptTraps(page);
  });

  after(async () => {
    await extension?.close();
    site?.server.close();
  });

  it('arms the traps in extension pages', async () => {
    await page.goto(extension.url('newtab.html#import'));
    assert.equal(
      await page.evaluate(() => typeof (window as { __pwned?: unknown }).__pwned),
      'function',
    );
    await page.evaluate(() =>
      (window as unknown as { __pwned: (w: string) => void }).__pwned('probe'),
    );
    assert.deepEqual(traps.events, ['ran: probe']);
    traps.events.length = 0;
  });

  it('imports through the import view, showing every payload as text', async () => {
    await page.getByLabel('Paste your roadmap note').fill(HOSTILE);
    await page.getByRole('button', { name: 'Preview import' }).click();
    await page.getByRole('heading', { name: /^Preview:/ }).waitFor();
    assert.deepEqual(await auditDom(page), []);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByText(/^Imported pasted note/).waitFor();
    const titles = (await readStore<Project>(page, 'projects')).map((p) => p.title);
    assert.ok(titles.includes('__proto__'), `a project named __proto__: ${titles.join(' | ')}`);
    assert.ok(titles.includes('constructor'));
    assert.ok(titles.some((t) => t.includes('{{constructor.constructor')));
    assert.deepEqual(traps.events, []);
  });

  for (const view of VIEWS) {
    it(`#${view[0]}: no script ran, no dialog, no link that is not http(s) or mailto`, async () => {
      await visit(page, extension, view);
      if (view[0] === 'roadmap') {
        await expandAll(page);
        const text = await page.locator('body').innerText();
        assert.match(text, /\{\{constructor\.constructor\(/, 'template syntax shown as text');
        assert.match(text, /\$\{__pwned\('template-literal'\)\}/);
      }
      // Hover and click every project link's neighbourhood: handlers would fire now.
      await page.mouse.move(200, 300);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual(await auditDom(page), []);
      assert.deepEqual(traps.events, []);
    });
  }

  it('the popup lists the hostile projects as text too', async () => {
    site = await serveTestPages();
    const tab = await extension.context.newPage();
    await tab.goto(`${site.origin}/A%20page`);
    await tab.bringToFront();
    const popup = await openPopup(extension);
    const popupTraps = await armScriptTraps(popup);
    await popup.reload();
    const select = popup.getByLabel('Project', { exact: true });
    await select
      .locator('option', { hasText: 'constructor' })
      .first()
      .waitFor({ state: 'attached' });
    const options = await select.locator('option').allTextContents();
    assert.ok(
      options.some((o) => o.includes('{{constructor.constructor')),
      options.join(' | '),
    );
    assert.deepEqual(await auditDom(popup), []);
    assert.deepEqual(popupTraps.events, []);
    await popup.close();
  });
});

/** Every file of a build, with its path inside the build. */
function builtFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|js|css|json)$/.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(dir, path), text: readFileSync(path, 'utf8') };
    });
}

/** The README's permission table: name and reason. */
function documentedPermissions(): Map<string, string> {
  const readme = readFileSync('README.md', 'utf8');
  return new Map(
    [...readme.matchAll(/^\|\s*`([A-Za-z]+)`\s*\|\s*(.+?)\s*\|$/gm)].map((m) => [m[1]!, m[2]!]),
  );
}

describe('the built manifests', () => {
  const documented = documentedPermissions();

  for (const dir of BUILDS) {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const firefox = dir.includes('firefox');

    it(`${dir}: asks for exactly the permissions the README documents`, () => {
      const expected = [...documented]
        .filter(([, why]) => !(firefox && /Chrome only/i.test(why)))
        .map(([name]) => name)
        .sort();
      assert.deepEqual([...manifest.permissions].sort(), expected);
    });

    it(`${dir}: no host permissions, content scripts or CSP override`, () => {
      for (const key of [
        'host_permissions',
        'optional_permissions',
        'optional_host_permissions',
        'content_scripts',
        'content_security_policy',
        'externally_connectable',
        'web_accessible_resources',
      ])
        assert.equal(manifest[key], undefined, key);
      // Manifest V2 lists host patterns among the permissions.
      for (const permission of manifest.permissions as string[])
        assert.doesNotMatch(permission, /[:/*<]/, permission);
    });

    it(`${dir}: loads no code from the network`, () => {
      const remote = [
        /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i,
        /<link[^>]+href\s*=\s*["']?(?:https?:)?\/\//i,
        /\bimport\s*\(\s*["'`](?:https?:)?\/\//,
        /\bfrom\s*["'](?:https?:)?\/\//,
        /\bimportScripts\s*\(\s*["'`](?:https?:)?\/\//,
        /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i,
      ];
      const files = builtFiles(dir);
      assert.ok(files.some((f) => f.path.endsWith('.js')));
      for (const { path, text } of files)
        for (const pattern of remote) assert.doesNotMatch(text, pattern, `${path}: ${pattern}`);
    });
  }
});
