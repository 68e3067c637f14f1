import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Review } from '../../lib/domain/types';
import { screenshotPath, type LoadedExtension } from '../../scripts/launch-extension';
import { seriousViolations } from './support/axe';
import { clickAttachMenuItem } from './support/attach-menu-click';
import { waitInWorker } from './support/extension-worker';
import {
  closeSession,
  openSession,
  projectNamed,
  type ExtensionSession,
} from './support/extension-session';
import { readStore } from './support/read-store';

let extension: LoadedExtension;
let site: ExtensionSession['site'];
let newtab: Page;

const VIEWS = ['today', 'upcoming', 'roadmap', 'stats', 'import', 'settings'] as const;

const project = (title: string) => projectNamed(newtab, title);

/** Attaches a served page to a project through the real context-menu listener. */
async function attachPage(projectId: string, path: string) {
  const url = `${site.origin}/${path}`;
  const page = await extension.context.newPage();
  await page.goto(url);
  await clickAttachMenuItem(extension, projectId, url);
  await page.close();
}

describe('the new-tab planner in Chromium', () => {
  before(async () => {
    ({ extension, site, newtab } = await openSession());
  });

  after(() => closeSession({ extension, site }));

  it('first run -> example roadmap -> today’s plan', async () => {
    await newtab.goto('chrome://newtab');
    await newtab.getByRole('button', { name: 'Try the example roadmap', disabled: false }).click();
    await newtab.getByRole('heading', { name: /^Today/ }).waitFor();
    const sessions = newtab.locator('article.session h3');
    await sessions.first().waitFor();
    assert.deepEqual(await sessions.allTextContents(), [
      'PubSub system in Rust',
      'Fly Dist Sys Challenges',
    ]);
    assert.match((await newtab.locator('.budget').textContent()) ?? '', /1 h planned of 1 h/);
  });

  it('shows a project’s attached resources with their kind on today’s card', async () => {
    const pubsub = await project('PubSub system in Rust');
    await attachPage(pubsub.id, 'Tokio%20tutorial');
    await attachPage(pubsub.id, 'Designing%20a%20pubsub%20broker');
    const card = newtab.locator(`article.session[data-project-id="${pubsub.id}"]`);
    await card.getByRole('link', { name: 'Tokio tutorial' }).waitFor();
    await card.getByRole('link', { name: 'Designing a pubsub broker' }).waitFor();
    assert.equal(await card.locator('.resources li').count(), 2);
    assert.equal(await card.getByRole('img', { name: 'Page' }).count(), 2);
    await newtab.screenshot({ path: screenshotPath('newtab-today'), fullPage: true });
  });

  it('start opens the resources as a named tab group; finish -> rate moves the project to its next date', async () => {
    const pubsub = await project('PubSub system in Rust');
    await newtab.bringToFront();
    // Keyboard only: "s" starts the first session, "f" finishes, "3" rates Good.
    await newtab.keyboard.press('s');
    const group = await waitInWorker(
      extension,
      async () => {
        const [found] = await chrome.tabGroups.query({ title: 'PubSub system in Rust' });
        if (!found) return null;
        const tabs = await chrome.tabs.query({ groupId: found.id });
        const urls = tabs.map((t) => t.pendingUrl || t.url).sort();
        return tabs.length === 2 && urls.every(Boolean) ? { urls } : null;
      },
      null,
      'the session tab group',
    );
    assert.deepEqual(group.urls, [
      `${site.origin}/Designing%20a%20pubsub%20broker`,
      `${site.origin}/Tokio%20tutorial`,
    ]);

    await newtab.bringToFront();
    await newtab
      .locator('.active-session', { hasText: /Studying PubSub system in Rust for/ })
      .waitFor();
    const sessionRows = await readStore(newtab, 'sessions');
    assert.equal(sessionRows.length, 1);

    await newtab.keyboard.press('f');
    const dialog = newtab.getByRole('dialog', { name: /How did “PubSub system in Rust” go\?/ });
    await dialog.waitFor();
    for (const rating of ['Again', 'Hard', 'Good', 'Easy']) {
      assert.match(
        (await dialog.getByRole('button', { name: new RegExp(rating) }).textContent()) ?? '',
        /back (tomorrow|in \d+ days)/,
      );
    }
    await newtab.screenshot({ path: screenshotPath('newtab-rating') });
    assert.deepEqual(await seriousViolations(newtab), []);
    await newtab.keyboard.press('3');
    await newtab
      .getByText(/^Saved\. “PubSub system in Rust” comes back on \d{4}-\d{2}-\d{2}\./)
      .waitFor();

    const after = await project('PubSub system in Rust');
    assert.equal(after.status, 'active');
    assert.ok(after.card && after.card.due > Date.now(), 'the next session is in the future');
    const reviews = await readStore<Review>(newtab, 'reviews');
    assert.deepEqual(
      reviews.map((r) => [r.projectId, r.rating]),
      [[pubsub.id, 'good']],
    );
    assert.equal((await readStore(newtab, 'sessions')).length, 0);
    await newtab.getByRole('heading', { name: 'Done today' }).waitFor();
    assert.equal(
      await newtab.locator(`article.session[data-project-id="${pubsub.id}"]`).count(),
      0,
    );
  });

  it('undo restores the project exactly as it was before the rating', async () => {
    const before = await project('PubSub system in Rust');
    await newtab.getByRole('button', { name: 'Undo rating' }).click();
    await newtab.getByText('Rating undone.').waitFor();
    const after = await project('PubSub system in Rust');
    assert.equal(after.card, undefined);
    assert.equal(after.status, 'new');
    assert.notDeepEqual(after, before);
    assert.equal((await readStore<Review>(newtab, 'reviews')).length, 0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`every view passes axe in the ${scheme} theme, and is saved as a screenshot`, async () => {
      await newtab.emulateMedia({ colorScheme: scheme });
      for (const view of VIEWS) {
        // A fresh load each: no message left over from an earlier test in the screenshots.
        await newtab.goto('about:blank');
        await newtab.goto(`chrome-extension://${extension.id}/newtab.html#${view}`);
        await newtab.locator(`.app-nav a[href="#${view}"][aria-current="page"]`).waitFor();
        await newtab.locator('main > :not(.loading)').first().waitFor();
        await newtab.waitForTimeout(300);
        assert.deepEqual(await seriousViolations(newtab), [], `axe on #${view}, ${scheme}`);
        const name = scheme === 'light' ? `newtab-${view}` : `newtab-${view}-dark`;
        await newtab.screenshot({ path: screenshotPath(name), fullPage: true });
      }
      await newtab.emulateMedia({ colorScheme: null });
    });
  }

  it('upcoming: postponing a session moves it off today', async () => {
    await newtab.goto(`chrome-extension://${extension.id}/newtab.html#upcoming`);
    const fly = await project('Fly Dist Sys Challenges');
    const firstDay = newtab.locator('.agenda-day').first();
    const row = firstDay.locator('li', { hasText: 'Fly Dist Sys Challenges' });
    await row.waitFor();
    await row.getByRole('button', { name: /^\+1 day/ }).click();
    await row.waitFor({ state: 'detached' });
    const after = await project(fly.title);
    assert.ok(after.notBefore && after.notBefore > Date.now(), 'postponed past today');
  });

  it('roadmap: dragging an objective to the top plans its projects first', async () => {
    await newtab.goto(`chrome-extension://${extension.id}/newtab.html#roadmap`);
    const headings = newtab.locator('section.objective h2');
    await headings.first().waitFor();
    const titles = async () =>
      (await headings.allTextContents()).map((text) => text.replace(/ \d+\/\d+ done.*$/, ''));
    const noteOrder = await titles();
    const last = noteOrder.at(-1)!;
    assert.equal(last, 'ML Distributed Training');
    await newtab
      .locator('section.objective', { hasText: last })
      .locator('.drag-handle')
      .dragTo(newtab.locator('section.objective').first());
    await newtab.getByRole('button', { name: "Back to the note's order" }).waitFor();
    assert.deepEqual(await titles(), [last, ...noteOrder.slice(0, -1)]);

    // The keyboard way: focus follows the moved objective, so Enter keeps moving it.
    const focusOn = (label: string) =>
      newtab.waitForFunction(
        (wanted) => document.activeElement?.getAttribute('aria-label') === wanted,
        label,
      );
    await newtab.getByRole('button', { name: `Move ${last} down` }).click();
    await newtab.waitForFunction(
      (second) =>
        document.querySelectorAll('section.objective')[1]?.getAttribute('aria-label') === second,
      last,
    );
    await focusOn(`Move ${last} down`);
    await newtab.keyboard.press('Shift+Tab');
    await focusOn(`Move ${last} up`);
    await newtab.keyboard.press('Enter');
    await newtab.waitForFunction(
      (first) => document.querySelector('section.objective')?.getAttribute('aria-label') === first,
      last,
    );
    // At the top "up" is disabled, so the focus moves to "down".
    await focusOn(`Move ${last} down`);

    await newtab.goto(`chrome-extension://${extension.id}/newtab.html#today`);
    const firstSession = newtab.locator('article.session h3').first();
    await newtab.waitForFunction(
      () => document.querySelector('article.session h3')?.textContent === 'TinyGrad Contributions',
    );
    assert.equal(await firstSession.textContent(), 'TinyGrad Contributions');

    await newtab.goto(`chrome-extension://${extension.id}/newtab.html#roadmap`);
    await newtab.getByRole('button', { name: "Back to the note's order" }).click();
    await newtab.getByRole('button', { name: "Back to the note's order" }).waitFor({
      state: 'detached',
    });
    assert.deepEqual(await titles(), noteOrder);
  });

  it('the new-tab page paints today’s plan from its stored copy, before the rest loads', async () => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.id}/newtab.html`);
    await page.locator('article.session').first().waitFor();
    const marks = await page.evaluate(
      () => performance.getEntriesByName('waymark:plan-rendered').length,
    );
    assert.equal(marks, 1);
    await page.close();
  });
});
