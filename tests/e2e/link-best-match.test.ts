import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Resource } from '../../lib/domain/types';
import { openPopup, type LoadedExtension } from '../../scripts/launch-extension';
import { waitForFirstSuggestion, waitForMenuItem } from './support/attach-menu-click';
import { dispatchInWorker, tabWithUrl, waitInWorker } from './support/extension-worker';
import {
  closeSession,
  importExample,
  openSession,
  projectNamed,
  type ExtensionSession,
} from './support/extension-session';
import { waitForResources } from './support/read-store';
import { waitForBadge } from './support/toolbar-badge';

let extension: LoadedExtension;
let site: ExtensionSession['site'];
let newtab: Page;

const resourcesAt = (url: string, count: number) => waitForResources<Resource>(newtab, url, count);

describe('"Attach link to best match" in Chromium', () => {
  before(async () => {
    ({ extension, site, newtab } = await openSession());
    await importExample(newtab);
  });

  after(() => closeSession({ extension, site }));

  it("attaches a right-clicked link to the link's project, not the page's, and undoes it from the popup", async () => {
    const docker = await projectNamed(newtab, 'Docker');
    const git = await projectNamed(newtab, 'Build Git');
    const pageUrl = `${site.origin}/${encodeURIComponent('Docker overview')}`;
    const linkUrl = 'https://git-scm.com/book/en/v2/Git-Internals-Plumbing-and-Porcelain';
    const page = await extension.context.newPage();
    await page.goto(pageUrl);
    await page.bringToFront();

    // The page itself is Docker's: that is what Chromium's suggested rows offer.
    await waitForFirstSuggestion(extension, docker.id, 'the Docker suggestion for the page');
    // The item exists once the menu is built.
    await waitForMenuItem(extension, 'link-best-match', 'the "Attach link to best match" item');

    const tab = await tabWithUrl(extension, pageUrl);
    // What Chromium passes for a right-clicked link: its address, no text.
    await dispatchInWorker(extension, 'contextMenus.onClicked', [
      { menuItemId: 'link-best-match', pageUrl, linkUrl, editable: false },
      tab,
    ]);
    const [row] = await resourcesAt(linkUrl, 1);
    assert.deepEqual([row?.projectId, row?.via], [git.id, 'context-menu']);
    assert.deepEqual(await resourcesAt(pageUrl, 0), []);

    const badge = await waitForBadge(extension, tab.id!);
    assert.equal(badge.text, '✓');
    assert.equal(badge.title, 'Waymark: Attached to “Build Git”. Undo from the Waymark popup.');

    const popup = await openPopup(extension);
    await popup.getByText(`“${linkUrl}” → “Build Git”`, { exact: false }).waitFor();
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByText(`Undone: “${linkUrl}” → “Build Git”.`).waitFor();
    await resourcesAt(linkUrl, 0);
    await popup.close();
    await page.close();
  });

  it('refuses a link no project clearly matches, attaching nothing', async () => {
    const pageUrl = `${site.origin}/${encodeURIComponent('Docker overview')}`;
    const linkUrl = 'https://example.com/cooking/recipes';
    const page = await extension.context.newPage();
    await page.goto(pageUrl);
    await page.bringToFront();
    const tab = await tabWithUrl(extension, pageUrl);
    await dispatchInWorker(extension, 'contextMenus.onClicked', [
      { menuItemId: 'link-best-match', pageUrl, linkUrl, editable: false },
      tab,
    ]);
    const badge = await waitInWorker(
      extension,
      async (tabId) => {
        const title = await chrome.action.getTitle({ tabId });
        return title.includes('No project clearly matches this link')
          ? { text: await chrome.action.getBadgeText({ tabId }), title }
          : null;
      },
      tab.id!,
      'the refusal on the badge',
    );
    assert.equal(badge.text, '!');
    assert.deepEqual(await resourcesAt(linkUrl, 0), []);
    await page.close();
  });
});
