import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Project, Resource } from '../../lib/domain/types';
import {
  EXTENSION_DIR,
  openPopup,
  screenshotPath,
  type LoadedExtension,
} from '../../scripts/launch-extension';
import { clickAttachMenuItem } from './support/attach-menu-click';
import {
  closeSession,
  openSession,
  projectNamed as findProject,
  type ExtensionSession,
} from './support/extension-session';
import { readStore } from './support/read-store';

let extension: LoadedExtension;
let site: ExtensionSession['site'];
let newtab: Page;

const projectNamed = (title: string) => findProject(newtab, title);

/**
 * Opens a new tab once today's view (with or without a plan) is stored and mirrored for the first
 * paint, waits until the live part has enabled `button`, and counts the headings and paragraphs
 * the first paint put on screen and those no longer there. The live part must adopt them: one
 * painted again would be a later largest contentful paint.
 */
async function firstPaintAfterTakeover(button: string, withPlan: boolean) {
  await newtab.waitForFunction(
    (plan) =>
      (
        JSON.parse(localStorage.getItem('waymark:today') ?? 'null') as {
          view?: { hasRoadmap?: boolean };
        } | null
      )?.view?.hasRoadmap === plan,
    withPlan,
  );
  const page = await extension.context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const painted = [...document.querySelectorAll('#app h1, #app h3, #app p')];
      if (painted.length === 0) return;
      (window as unknown as { firstPaint: Element[] }).firstPaint = painted;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`chrome-extension://${extension.id}/newtab.html#today`);
  await page.getByRole('button', { name: button, exact: true, disabled: false }).first().waitFor();
  const counts = await page.evaluate(() => {
    const painted = (window as unknown as { firstPaint: Element[] }).firstPaint;
    return { painted: painted.length, lost: painted.filter((e) => !e.isConnected).length };
  });
  await page.close();
  return counts;
}

describe('Waymark in Chromium', () => {
  before(async () => {
    ({ extension, site, newtab } = await openSession());
  });

  after(() => closeSession({ extension, site }));

  it('overrides the new-tab page and offers the example roadmap on first run', async () => {
    await newtab.goto('chrome://newtab');
    assert.match(newtab.url(), new RegExp(`^chrome-extension://${extension.id}/newtab.html`));
    await newtab.getByRole('button', { name: 'Try the example roadmap' }).waitFor();
    await newtab.screenshot({ path: screenshotPath('newtab-first-run') });
  });

  it('takes over the welcome painted first without painting it again', async () => {
    const { painted, lost } = await firstPaintAfterTakeover('Try the example roadmap', false);
    assert.ok(painted > 1, 'the first paint showed the welcome');
    assert.equal(lost, 0, 'elements of the first paint were replaced');
  });

  it('imports the bundled example roadmap into IndexedDB and shows it live', async () => {
    await newtab.getByRole('button', { name: 'Try the example roadmap' }).click();
    await newtab.getByRole('heading', { name: /^Today/ }).waitFor();
    await newtab.screenshot({ path: screenshotPath('newtab-today'), fullPage: true });
    await newtab.getByRole('link', { name: 'Roadmap' }).click();
    await newtab.getByRole('heading', { name: /To get into a distributed systems role/ }).waitFor();
    assert.equal(await newtab.locator('li.project').count(), 16);
    assert.equal((await readStore(newtab, 'objectives')).length, 4);
    const done = (await readStore<Project>(newtab, 'projects'))
      .filter((p) => p.done)
      .map((p) => p.title);
    assert.deepEqual(done.sort(), ['PubSub system in Rust', 'gVisor - foreverVM']);
    await newtab.screenshot({ path: screenshotPath('newtab-roadmap'), fullPage: true });
  });

  it('takes over the plan painted first without painting it again', async () => {
    const { painted, lost } = await firstPaintAfterTakeover('Start', true);
    assert.ok(painted > 1, 'the first paint showed the plan');
    assert.equal(lost, 0, 'elements of the first paint were replaced');
  });

  it('registers the "Attach to Waymark project" menu and attaches through its real listener', async () => {
    const buildGit = await projectNamed('Build Git');
    const page = await extension.context.newPage();
    const url = `${site.origin}/Git%20Internals?utm_source=feed`;
    await page.goto(url);
    await clickAttachMenuItem(extension, buildGit.id, url);

    await newtab.locator(`li[data-project-id="${buildGit.id}"] .resource-count`).waitFor();
    const resources = await readStore<Resource>(newtab, 'resources');
    assert.equal(resources.length, 1);
    assert.equal(resources[0]?.projectId, buildGit.id);
    assert.equal(resources[0]?.url, `${site.origin}/Git%20Internals`);
    assert.equal(resources[0]?.title, 'Git Internals');
    assert.equal(resources[0]?.via, 'context-menu');
    assert.equal(
      await newtab.locator(`li[data-project-id="${buildGit.id}"] .resource-count`).textContent(),
      '1 resource',
    );
    await page.close();
  });

  it('refuses a browser page from the menu and writes nothing', async () => {
    const lox = await projectNamed('Lox Interpreter');
    const page = await extension.context.newPage();
    await page.goto('chrome://version');
    await clickAttachMenuItem(extension, lox.id, 'chrome://version/');
    const title = await extension.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'chrome://version/' });
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const text = await chrome.action.getTitle({ tabId: tab?.id });
        if (text !== 'Waymark') return text;
        await new Promise((r) => setTimeout(r, 100));
      }
      return 'no feedback';
    });
    assert.match(title, /^Waymark: .*can.t be attached/i);
    assert.equal(
      (await readStore<Resource>(newtab, 'resources')).filter((r) => r.projectId === lox.id).length,
      0,
    );
    await page.close();
  });

  it('attaches the current tab from the toolbar popup', async () => {
    const lox = await projectNamed('Lox Interpreter');
    const page = await extension.context.newPage();
    await page.goto(`${site.origin}/Crafting%20Interpreters`);
    await page.bringToFront();
    const popup = await openPopup(extension);
    await popup.getByText('Crafting Interpreters', { exact: true }).waitFor();
    await popup.getByLabel('Project').selectOption(lox.id);
    await popup.screenshot({ path: screenshotPath('popup') });
    await popup.getByRole('button', { name: 'Attach' }).click();
    await popup.getByText('Attached to “Lox Interpreter”.').waitFor();
    const rows = (await readStore<Resource>(newtab, 'resources')).filter(
      (r) => r.projectId === lox.id,
    );
    assert.deepEqual(
      rows.map((r) => [r.url, r.title, r.via]),
      [[`${site.origin}/Crafting%20Interpreters`, 'Crafting Interpreters', 'popup']],
    );
    await popup.close();
    await page.close();
  });

  it('ships only the documented permissions, no host permissions and no CSP override', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    assert.deepEqual([...manifest.permissions].sort(), [
      'alarms',
      'contextMenus',
      'storage',
      'tabGroups',
      'tabs',
    ]);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.content_security_policy, undefined);
    assert.equal(manifest.chrome_url_overrides.newtab, 'newtab.html');
  });
});
