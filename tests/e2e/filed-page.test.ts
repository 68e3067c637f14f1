import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Resource } from '../../lib/domain/types';
import { openPopup, screenshotPath, type LoadedExtension } from '../../scripts/launch-extension';
import { tabWithUrl, waitInWorker } from './support/extension-worker';
import {
  closeSession,
  importExample,
  openSession,
  projectNamed as findProject,
  type ExtensionSession,
} from './support/extension-session';
import { waitForResources } from './support/read-store';

let extension: LoadedExtension;
let site: ExtensionSession['site'];
let newtab: Page;

const pageUrl = (title: string) => `${site.origin}/${encodeURIComponent(title)}`;

const rowsAt = (url: string, count: number) => waitForResources<Resource>(newtab, url, count);

/** Waits until the toolbar icon of the tab has this title. */
async function toolbarTitle(tabId: number, title: string) {
  await waitInWorker(
    extension,
    async ({ tabId, title }) => ((await chrome.action.getTitle({ tabId })) === title ? true : null),
    { tabId, title },
    `the toolbar title "${title}"`,
  );
}

describe('A page already filed, in Chromium', () => {
  before(async () => {
    ({ extension, site, newtab } = await openSession());
    await importExample(newtab);
  });

  after(() => closeSession({ extension, site }));

  it('says so on the icon and in the popup, which moves, opens and detaches it', async () => {
    const lox = await findProject(newtab, 'Lox Interpreter');
    const kubernetes = await findProject(newtab, 'Kubernetes');
    const url = pageUrl('Crafting Interpreters');
    const page = await extension.context.newPage();
    await page.goto(url);
    await page.bringToFront();

    let popup = await openPopup(extension);
    await popup.getByText('Suggested: Lox Interpreter', { exact: false }).waitFor();
    await popup.getByRole('button', { name: 'Attach', exact: true }).click();
    await popup.getByText('Attached to “Lox Interpreter”.').waitFor();
    await popup.close();
    const [row] = await rowsAt(url, 1);
    const tab = await tabWithUrl(extension, url);
    await toolbarTitle(tab.id!, 'Waymark: In Lox Interpreter');
    assert.equal(
      await extension.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tab.id!),
      '✓',
    );

    // An address that differs only by tracking and an anchor is the same page.
    await page.goto(pageUrl('Cooking recipes'));
    await toolbarTitle(tab.id!, 'Waymark');
    await page.goto(`${url}?utm_source=feed#top`);
    await toolbarTitle(tab.id!, 'Waymark: In Lox Interpreter');

    popup = await openPopup(extension);
    await popup.getByRole('heading', { name: 'Already in Lox Interpreter' }).waitFor();
    assert.equal(await popup.getByRole('button', { name: 'Attach', exact: true }).count(), 0);
    await popup.screenshot({ path: screenshotPath('popup-already-filed') });

    await popup.getByRole('button', { name: 'Move…' }).click();
    await popup.locator('#move-project').selectOption(kubernetes.id);
    await popup.getByRole('button', { name: 'Move here' }).click();
    await popup.getByRole('heading', { name: 'Already in Kubernetes' }).waitFor();
    assert.equal((await rowsAt(url, 1))[0]?.projectId, kubernetes.id);
    assert.equal((await rowsAt(url, 1))[0]?.id, row?.id);

    const opened = extension.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open the project' }).click();
    const roadmap = await opened;
    await roadmap.waitForURL(/\/newtab\.html#roadmap\//);
    await roadmap
      .locator(`li.project[data-project-id="${kubernetes.id}"] .project-details`)
      .waitFor();
    await roadmap.close();

    await popup.getByRole('button', { name: 'Detach' }).click();
    await popup.getByText('Page detached.').waitFor();
    await popup.getByRole('heading', { name: 'Attach this tab' }).waitFor();
    await rowsAt(url, 0);
    await toolbarTitle(tab.id!, 'Waymark');
    assert.notEqual(lox.id, kubernetes.id);
    await popup.close();
    await page.close();
  });
});
