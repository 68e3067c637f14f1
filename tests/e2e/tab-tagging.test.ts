import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { TodaySnapshot } from '../../lib/domain/today/today-view';
import type { ActiveSession, Resource } from '../../lib/domain/types';
import {
  EXTENSION_DIR,
  openPopup,
  screenshotPath,
  type LoadedExtension,
} from '../../scripts/launch-extension';
import { waitForFirstSuggestion, waitForMenuItem } from './support/attach-menu-click';
import { dispatchInWorker, tabWithUrl, waitInWorker } from './support/extension-worker';
import {
  closeSession,
  importExample,
  openSession,
  projectNamed as findProject,
  type ExtensionSession,
} from './support/extension-session';
import { readStore, waitForResources } from './support/read-store';
import { putRows } from './support/write-store';
import { waitForBadge } from './support/toolbar-badge';

let extension: LoadedExtension;
let site: ExtensionSession['site'];
let newtab: Page;

const pageUrl = (title: string) => `${site.origin}/${encodeURIComponent(title)}`;

const projectNamed = (title: string) => findProject(newtab, title);

async function resourcesAt(url: string): Promise<Resource[]> {
  return (await readStore<Resource>(newtab, 'resources')).filter((r) => r.url === url);
}

const resourcesCounted = (url: string, count: number) =>
  waitForResources<Resource>(newtab, url, count);

async function openPage(title: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(pageUrl(title));
  await page.bringToFront();
  return page;
}

describe('Tab tagging in Chromium', () => {
  before(async () => {
    ({ extension, site, newtab } = await openSession());
    await importExample(newtab);
  });

  after(() => closeSession({ extension, site }));

  it('declares the attach command with its default shortcut and no new permission', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    assert.deepEqual(manifest.commands['attach-current-tab'].suggested_key, {
      default: 'Alt+Shift+A',
    });
    assert.ok(!manifest.permissions.includes('notifications'));
  });

  it('puts the suggested project at the top of the menu and attaches through it', async () => {
    const kubernetes = await projectNamed('Kubernetes');
    const page = await openPage('Kubernetes Documentation');
    const url = pageUrl('Kubernetes Documentation');

    // The worker retitles the suggested rows when the active tab finishes loading.
    const slots = await waitForFirstSuggestion(
      extension,
      kubernetes.id,
      'the Kubernetes suggestion in the menu',
    );
    assert.deepEqual(slots, [kubernetes.id]);
    // The slots are stored as the menu is rebuilt: wait for the item itself, too.
    await waitForMenuItem(extension, 'suggested-slot:0');

    const tab = await tabWithUrl(extension, url);
    await dispatchInWorker(extension, 'contextMenus.onClicked', [
      { menuItemId: 'suggested-slot:0', pageUrl: url, editable: false },
      tab,
    ]);
    const [row] = await resourcesCounted(url, 1);
    assert.equal(row?.projectId, kubernetes.id);
    assert.equal(row?.title, 'Kubernetes Documentation');
    assert.equal(row?.kind, 'docs');
    assert.equal(row?.via, 'context-menu');
    await page.close();
  });

  it('opens the popup with the suggestion preselected, attaches, and undoes', async () => {
    const lox = await projectNamed('Lox Interpreter');
    const page = await openPage('Crafting Interpreters');
    const url = pageUrl('Crafting Interpreters');
    const popup = await openPopup(extension);
    await popup.getByText('Suggested: Lox Interpreter', { exact: false }).waitFor();
    assert.equal(await popup.getByLabel('Project', { exact: true }).inputValue(), lox.id);
    await popup.screenshot({ path: screenshotPath('popup-suggested') });

    await popup.getByRole('button', { name: 'Attach', exact: true }).click();
    await popup.getByText('Attached to “Lox Interpreter”.').waitFor();
    const [row] = await resourcesCounted(url, 1);
    assert.equal(row?.projectId, lox.id);
    assert.equal(row?.via, 'popup');

    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByText('Undone: “Crafting Interpreters” → “Lox Interpreter”.').waitFor();
    await resourcesCounted(url, 0);
    await popup.close();
    await page.close();
  });

  it('tags several open tabs at once from the popup', async () => {
    // The unrelated page is on another host: pages attached above taught Waymark that
    // 127.0.0.1 pages belong to Kubernetes ("you attached pages from this site here").
    const cooking = pageUrl('Cooking recipes').replace('127.0.0.1', 'localhost');
    const urls = [pageUrl('Git Internals'), pageUrl('Firecracker microVM'), cooking];
    const windowId = await extension.worker.evaluate(async (urls) => {
      const created = await chrome.windows.create({ url: urls, focused: true });
      return created!.id!;
    }, urls);
    // Wait until every page has its title, as the popup reads titles from the tabs.
    await waitInWorker(
      extension,
      async ({ id, count }) => {
        const tabs = await chrome.tabs.query({ windowId: id });
        return tabs.length === count && tabs.every((t) => t.status === 'complete') ? true : null;
      },
      { id: windowId, count: urls.length },
      'the pages to load',
    );
    await extension.worker.evaluate(async (id) => {
      await chrome.tabs.create({ windowId: id, url: 'chrome://version', active: false });
      await chrome.windows.update(id, { focused: true });
    }, windowId);
    await waitInWorker(
      extension,
      async (id) => {
        const tabs = await chrome.tabs.query({ windowId: id, url: 'chrome://version/' });
        return tabs[0]?.status === 'complete' ? true : null;
      },
      windowId,
      'the browser page to load',
    );

    const popup = await openPopup(extension);
    await popup.getByRole('button', { name: 'Tag open tabs' }).click();
    const box = (name: string) => popup.getByRole('checkbox', { name, exact: true });
    // Suggestions arrive from the service worker after the rows: the checked state follows.
    await popup.locator('input[type="checkbox"]:checked').nth(1).waitFor();
    await popup.getByText("Browser pages (chrome://) can't be attached").waitFor();
    assert.equal(await box('Git Internals').isChecked(), true);
    assert.equal(await box('Firecracker microVM').isChecked(), true);
    assert.equal(await box('Cooking recipes').isChecked(), false);
    assert.equal(await popup.getByText("Browser pages (chrome://) can't be attached").count(), 1);
    await popup.screenshot({ path: screenshotPath('popup-tag-tabs'), fullPage: true });

    await popup.getByRole('button', { name: 'Attach 2 tabs' }).click();
    await popup.getByText('Attached 2 tabs to 2 projects.').waitFor();
    const git = await projectNamed('Build Git');
    const firecracker = await projectNamed('Firecracker VM');
    const [gitRow] = await resourcesCounted(pageUrl('Git Internals'), 1);
    const [firecrackerRow] = await resourcesCounted(pageUrl('Firecracker microVM'), 1);
    assert.deepEqual([gitRow?.projectId, gitRow?.via], [git.id, 'bulk']);
    assert.deepEqual([firecrackerRow?.projectId, firecrackerRow?.via], [firecracker.id, 'bulk']);
    assert.deepEqual(await resourcesAt(cooking), []);
    await popup.close();
    await extension.worker.evaluate((id) => chrome.windows.remove(id), windowId);
  });

  it('attaches the current tab with the keyboard command, then undoes it', async () => {
    const docker = await projectNamed('Docker');
    const page = await openPage('Docker overview');
    const url = pageUrl('Docker overview');
    const tab = await tabWithUrl(extension, url);

    await dispatchInWorker(extension, 'commands.onCommand', ['attach-current-tab', tab]);
    const [row] = await resourcesCounted(url, 1);
    assert.deepEqual([row?.projectId, row?.via], [docker.id, 'command']);
    // The badge is set just after the row is written: wait for it.
    const badge = await waitForBadge(extension, tab.id!);
    assert.equal(badge.text, '✓');
    assert.match(badge.title, /Attached to “Docker”\. Press the shortcut again within 10 s/);

    await dispatchInWorker(extension, 'commands.onCommand', ['attach-current-tab', tab]);
    await resourcesCounted(url, 0);
    await page.close();
  });

  it("shows today's next session in the popup and starts it", async () => {
    let snapshot: TodaySnapshot | undefined;
    for (let attempt = 0; !snapshot?.view.hasRoadmap; attempt += 1) {
      assert.ok(attempt < 100, "the background stored today's plan");
      await new Promise((resolve) => setTimeout(resolve, 100));
      snapshot = (await readStore<TodaySnapshot>(newtab, 'snapshots')).find(
        (s) => s.id === 'today',
      );
    }
    // The example roadmap always starts with new projects due today, none of them started.
    const next = snapshot.view.sessions[0];
    assert.ok(next, 'a session is planned today');
    assert.equal(snapshot.view.active, null);
    const popup = await openPopup(extension);
    await popup
      .getByText(`Next: ${next.project} · ${next.objective} · ${next.minutes} min`)
      .waitFor();
    await popup.screenshot({ path: screenshotPath('popup-next-session') });
    await popup.getByRole('button', { name: 'Start', exact: true }).click();
    await popup.getByText(`Studying ${next.project}`).waitFor();
    const sessions = await readStore<ActiveSession>(newtab, 'sessions');
    assert.deepEqual(
      sessions.map((s) => s.projectId),
      [next.projectId],
    );
    await popup.close();
  });

  it('refuses to undo from the popup once the page was moved elsewhere', async () => {
    const lox = await projectNamed('Lox Interpreter');
    const docker = await projectNamed('Docker');
    const page = await openPage('Crafting Interpreters');
    const url = pageUrl('Crafting Interpreters');
    const first = await openPopup(extension);
    await first.getByText('Suggested: Lox Interpreter', { exact: false }).waitFor();
    await first.getByRole('button', { name: 'Attach', exact: true }).click();
    await first.getByText('Attached to “Lox Interpreter”.').waitFor();
    await first.close();

    // A later popup still offers Undo for an attach that is as it was...
    const popup = await openPopup(extension);
    await popup.getByRole('button', { name: 'Undo' }).waitFor();
    const [row] = await resourcesCounted(url, 1);
    assert.equal(row?.projectId, lox.id);
    // ...and once the page has moved to another project, Undo leaves it there.
    await putRows(newtab, 'resources', [{ ...row!, projectId: docker.id }]);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup
      .getByRole('alert')
      .getByText('Nothing was undone: since that attach, the page was moved, detached or changed.')
      .waitFor();
    const [after] = await resourcesCounted(url, 1);
    assert.deepEqual(after, { ...row, projectId: docker.id });
    await popup.close();
    await page.close();
  });
});
