import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PAGES_PER_SESSION } from '../../lib/domain/reading/pages-to-open';
import type { Resource, Review } from '../../lib/domain/types';
import { openPopup, type LoadedExtension } from '../../scripts/launch-extension';
import { waitInWorker } from './support/extension-worker';
import {
  closeSession,
  importExample,
  openSession,
  projectNamed,
  type ExtensionSession,
} from './support/extension-session';
import { readStore } from './support/read-store';
import { putRows } from './support/write-store';

let extension: LoadedExtension;
let site: ExtensionSession['site'];
let newtab: Page;

/** The first build session on the example roadmap's import day. */
const FLY = 'Fly Dist Sys Challenges';
const DAY = 86_400_000;
/** Two more pages than a session opens, newest first. */
const TITLES = Array.from({ length: PAGES_PER_SESSION + 2 }, (_, i) => `Reading ${i + 1}`);
const urlOf = (title: string) => `${site.origin}/${encodeURIComponent(title)}`;

/** The addresses in the session's tab group, sorted, once it has `count` tabs; then closes them. */
function takeSessionTabs(count: number) {
  return waitInWorker(
    extension,
    async ({ title, count }) => {
      const [found] = await chrome.tabGroups.query({ title });
      if (!found) return null;
      const tabs = await chrome.tabs.query({ groupId: found.id });
      const urls = tabs.map((t) => t.pendingUrl || t.url).sort();
      if (tabs.length !== count || !urls.every(Boolean)) return null;
      await chrome.tabs.remove(tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])));
      return urls;
    },
    { title: FLY, count },
    'the session tab group',
  );
}

async function startFly(projectId: string) {
  await newtab
    .locator(`article.session[data-project-id="${projectId}"]`)
    .getByRole('button', { name: 'Start' })
    .click();
}

describe('pages to read in Chromium', () => {
  before(async () => {
    ({ extension, site, newtab } = await openSession());
    await importExample(newtab);
  });

  after(() => closeSession({ extension, site }));

  it('pages finished in the finish dialog are read: the next Start opens the rest first', async () => {
    const fly = await projectNamed(newtab, FLY);
    const now = Date.now();
    await putRows<Resource>(
      newtab,
      'resources',
      TITLES.map((title, i) => ({
        id: `reading-${i + 1}`,
        projectId: fly.id,
        url: urlOf(title),
        title,
        kind: 'article',
        attachedAt: now - (i + 1) * 60_000,
        via: 'popup',
      })),
    );
    await newtab.reload();
    const card = newtab.locator(`article.session[data-project-id="${fly.id}"]`);
    await card.getByText(`${TITLES.length} to read`).waitFor();

    // Start opens the newest pages still to read, as many as a session opens.
    await startFly(fly.id);
    const first = await takeSessionTabs(PAGES_PER_SESSION);
    assert.deepEqual(first, TITLES.slice(0, PAGES_PER_SESSION).map(urlOf).sort());
    await newtab.bringToFront();
    await newtab
      .getByText(`Studying ${FLY}. Opened ${PAGES_PER_SESSION} of ${TITLES.length} pages to read.`)
      .waitFor();

    // Finish: the dialog offers every page still to read; the ones opened are ticked.
    await newtab.getByRole('button', { name: 'Finish' }).click();
    const dialog = newtab.getByRole('dialog', { name: `What did you build on “${FLY}”?` });
    const pages = dialog.getByRole('group', { name: 'Which pages did you finish?' });
    await pages.waitFor();
    assert.equal(await pages.getByRole('checkbox').count(), TITLES.length);
    for (const title of TITLES.slice(0, PAGES_PER_SESSION))
      await pages.getByRole('checkbox', { name: title }).check();
    await dialog.getByLabel('Minutes studied').fill('5');
    await dialog.getByRole('button', { name: 'Save session' }).click();
    await newtab.getByText(new RegExp(`^Saved: .* of “${FLY}” built\\.`)).waitFor();

    const rows = await readStore<Resource>(newtab, 'resources');
    const read = rows.filter((r) => r.readAt !== undefined).map((r) => r.title);
    assert.deepEqual(read.sort(), TITLES.slice(0, PAGES_PER_SESSION).sort());

    // A day passes (the session moves to yesterday), so the project is on today's plan again.
    const reviews = await readStore<Review>(newtab, 'reviews');
    await putRows(
      newtab,
      'reviews',
      reviews.map((r) => ({ ...r, at: r.at - DAY })),
    );
    await newtab.reload();
    await card.getByText('2 to read').waitFor();

    await startFly(fly.id);
    const next = await takeSessionTabs(PAGES_PER_SESSION);
    for (const title of TITLES.slice(PAGES_PER_SESSION))
      assert.ok(next.includes(urlOf(title)), `${title} opens`);
    await newtab.bringToFront();
    await newtab.getByText(`Studying ${FLY}. Opened 2 of 2 pages to read.`).waitFor();
  });

  it('the popup marks the active tab’s filed page read', async () => {
    const title = TITLES.at(-1)!;
    const page = await extension.context.newPage();
    await page.goto(urlOf(title));
    await page.bringToFront();
    const popup = await openPopup(extension);
    await popup.getByRole('heading', { name: `Already in ${FLY}` }).waitFor();
    await popup.getByRole('button', { name: 'Mark read' }).click();
    await popup.getByText(`“${title}” is read.`).waitFor();
    const row = (await readStore<Resource>(newtab, 'resources')).find((r) => r.title === title);
    assert.ok(row?.readAt !== undefined, 'the page is read');
    await popup.close();
    await page.close();
  });
});
