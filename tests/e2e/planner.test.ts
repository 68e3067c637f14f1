import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { epochToDay, epochToDayIndex } from '../../lib/domain/schedule/day-index';
import type { Project, Review } from '../../lib/domain/types';
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
import { putRows } from './support/write-store';

let extension: LoadedExtension;
let site: ExtensionSession['site'];
let newtab: Page;

const VIEWS = ['today', 'upcoming', 'roadmap', 'stats', 'import', 'settings'] as const;

const project = (title: string) => projectNamed(newtab, title);

/** The session log, oldest first. */
const sessionLog = async () =>
  (await readStore<Review>(newtab, 'reviews')).sort((a, b) => a.at - b.at);

/** The first build session on the example roadmap's import day. */
const FLY = 'Fly Dist Sys Challenges';
const STEPS = ['Echo', 'Unique ID generation', 'Broadcast'];

/** Start -> Finish -> save a build session of `title` from its card on Today. */
async function finishBuildSession(
  title: string,
  { minutes, done }: { minutes: string; done: boolean },
) {
  const { id } = await project(title);
  await newtab
    .locator(`article.session[data-project-id="${id}"]`)
    .getByRole('button', { name: 'Start' })
    .click();
  await newtab.bringToFront();
  await newtab.locator('.active-session', { hasText: `Studying ${title} for` }).waitFor();
  await newtab.getByRole('button', { name: 'Finish' }).click();
  const dialog = newtab.getByRole('dialog', { name: `What did you build on “${title}”?` });
  await dialog.getByLabel('Minutes studied').fill(minutes);
  if (done)
    await dialog.getByRole('checkbox', { name: 'Project done: review it from now on' }).check();
  await dialog.getByRole('button', { name: 'Save session' }).click();
  await dialog.waitFor({ state: 'detached' });
  await newtab
    .getByText(
      done ? new RegExp(`^“${title}” is done: `) : new RegExp(`^Saved: .* of “${title}” built\\.`),
    )
    .waitFor();
}

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
    const sessions = newtab.locator('article.session');
    await sessions.first().waitFor();
    // The two building projects take turns; the two the note marks done are not due on day one.
    assert.deepEqual(await sessions.locator('h3').allTextContents(), [
      'Fly Dist Sys Challenges',
      'Build Git',
    ]);
    for (const card of await sessions.all()) {
      assert.match((await card.locator('header .muted').first().textContent()) ?? '', /30 min/);
      await card.locator('.tag', { hasText: /^build$/ }).waitFor();
      await card.getByRole('progressbar').waitFor();
    }
    assert.match((await newtab.locator('.budget').textContent()) ?? '', /1 h planned of 1 h/);
    assert.match(
      (await newtab.locator('.next-objective').textContent()) ?? '',
      /^Next: To get into a distributed systems role reached by \S/,
    );

    const today = epochToDayIndex(Date.now());
    const projects = await readStore<Project>(newtab, 'projects');
    const reviewing = projects.filter((p) => p.phase === 'reviewing');
    assert.deepEqual(reviewing.map((p) => p.title).sort(), [
      'PubSub system in Rust',
      'gVisor - foreverVM',
    ]);
    for (const done of reviewing) {
      const inDays = epochToDayIndex(done.card!.due) - today;
      assert.ok(inDays >= 1 && inDays <= 14, `${done.title}: first review in ${inDays} days`);
    }
    assert.ok(projects.every((p) => p.builtMinutes === 0));
  });

  it('shows a project’s attached resources with their kind on today’s card', async () => {
    const fly = await project(FLY);
    await attachPage(fly.id, 'Maelstrom%20guide');
    await attachPage(fly.id, 'Gossip%20Glomers');
    const card = newtab.locator(`article.session[data-project-id="${fly.id}"]`);
    await card.getByRole('link', { name: 'Maelstrom guide' }).waitFor();
    await card.getByRole('link', { name: 'Gossip Glomers' }).waitFor();
    assert.equal(await card.locator('.resources li').count(), 2);
    assert.equal(await card.getByRole('img', { name: 'Page' }).count(), 2);
    await newtab.screenshot({ path: screenshotPath('newtab-today'), fullPage: true });
  });

  /** The project as it was before its first build session, to compare the undo with. */
  let flyBefore: Project;

  it('start opens the resources as a named tab group; finish -> "project done" moves it to review', async () => {
    // Breakdown items, as a note would give them (the example note has none): the dialog's steps.
    await putRows(newtab, 'projects', [{ ...(await project(FLY)), children: STEPS }]);
    await newtab.reload();
    flyBefore = await project(FLY);
    const card = newtab.locator(`article.session[data-project-id="${flyBefore.id}"]`);
    await card.getByText(`0 h of 10 h · 0 of ${STEPS.length} steps`).waitFor();

    // Keyboard only: "s" starts the first session, "f" finishes it.
    await newtab.keyboard.press('s');
    const group = await waitInWorker(
      extension,
      async (title) => {
        const [found] = await chrome.tabGroups.query({ title });
        if (!found) return null;
        const tabs = await chrome.tabs.query({ groupId: found.id });
        const urls = tabs.map((t) => t.pendingUrl || t.url).sort();
        return tabs.length === 2 && urls.every(Boolean) ? { urls } : null;
      },
      FLY,
      'the session tab group',
    );
    assert.deepEqual(group.urls, [
      `${site.origin}/Gossip%20Glomers`,
      `${site.origin}/Maelstrom%20guide`,
    ]);

    await newtab.bringToFront();
    await newtab.locator('.active-session', { hasText: `Studying ${FLY} for` }).waitFor();
    assert.equal((await readStore(newtab, 'sessions')).length, 1);

    await newtab.keyboard.press('f');
    const dialog = newtab.getByRole('dialog', { name: `What did you build on “${FLY}”?` });
    await dialog.waitFor();
    assert.equal(await dialog.getByRole('button', { name: /^\d\./ }).count(), 0, 'no rating');
    await dialog.getByLabel('Minutes studied').fill('45');
    await dialog.getByLabel('Note (optional)').fill('Echo and unique ids pass.');
    const steps = dialog.getByRole('group', { name: 'Steps done' });
    assert.equal(await steps.getByRole('checkbox').count(), STEPS.length, 'one box per item');
    await steps.getByRole('checkbox', { name: STEPS[0] }).check();
    await dialog.getByRole('checkbox', { name: 'Project done: review it from now on' }).check();
    await newtab.screenshot({ path: screenshotPath('newtab-build-finish') });
    assert.deepEqual(await seriousViolations(newtab), []);
    await dialog.getByRole('button', { name: 'Save session' }).click();

    const saved = newtab.getByText(
      new RegExp(`^“${FLY}” is done: its first review is on (\\d{4}-\\d{2}-\\d{2})\\.`),
    );
    await saved.waitFor();
    const firstReview = /(\d{4}-\d{2}-\d{2})\.$/.exec(
      ((await saved.textContent()) ?? '').replace(/\s*Undo session\s*$/, ''),
    )?.[1];

    const after = await project(FLY);
    assert.equal(after.phase, 'reviewing');
    assert.equal(after.done, true);
    assert.equal(after.builtMinutes, 45);
    assert.deepEqual(after.childrenDone, [STEPS[0]]);
    assert.ok(after.card, 'a done project has a memory card');
    assert.ok(after.card.due > Date.now(), 'its first review is after today');
    assert.equal(epochToDay(after.card.due), firstReview);

    const log = await sessionLog();
    assert.equal(log.length, 1);
    assert.deepEqual(
      {
        projectId: log[0]!.projectId,
        kind: log[0]!.kind,
        finished: log[0]!.finished,
        minutes: log[0]!.minutes,
        note: log[0]!.note,
        childrenDone: log[0]!.childrenDone,
        rating: log[0]!.rating,
      },
      {
        projectId: flyBefore.id,
        kind: 'build',
        finished: true,
        minutes: 45,
        note: 'Echo and unique ids pass.',
        childrenDone: [STEPS[0]],
        rating: undefined,
      },
    );
    assert.equal((await readStore(newtab, 'sessions')).length, 0);
    await newtab.getByRole('heading', { name: 'Done today' }).waitFor();
    await card.waitFor({ state: 'detached' });
  });

  it('undo session puts the project back to building exactly as it was', async () => {
    await newtab.getByRole('button', { name: 'Undo session' }).click();
    await newtab.getByText('Session undone.').waitFor();
    const after = await project(FLY);
    assert.deepEqual(after, flyBefore);
    assert.equal(after.card, undefined);
    assert.equal(after.builtMinutes, 0);
    assert.notEqual(after.phase, 'reviewing');
    assert.equal((await readStore<Review>(newtab, 'reviews')).length, 0);
    // Back on today's plan as a build session.
    const card = newtab.locator(`article.session[data-project-id="${after.id}"]`);
    await card.locator('.tag', { hasText: /^build$/ }).waitFor();
  });

  /** The project with its first review due today, to compare the review's undo with. */
  let flyDue: Project;

  it('its first review, once due, is on today’s plan with its freshness; a Good rating moves it on', async () => {
    // Built and done again, in a short session that leaves room for the review today.
    await finishBuildSession(FLY, { minutes: '10', done: true });
    const built = await project(FLY);
    assert.equal(built.phase, 'reviewing');

    // Time passes: the card comes due now, as if its first review had been scheduled for today.
    const card = built.card!;
    const shift = card.due - Date.now();
    assert.ok(shift > 0);
    flyDue = {
      ...built,
      card: {
        ...card,
        due: card.due - shift,
        ...(card.lastReview === undefined ? {} : { lastReview: card.lastReview - shift }),
      },
    };
    await putRows(newtab, 'projects', [flyDue]);
    await newtab.reload();

    const first = newtab.locator('article.session').first();
    await newtab.waitForFunction(
      (id) => document.querySelector('article.session')?.getAttribute('data-project-id') === id,
      flyDue.id,
    );
    const freshness = first.locator('.tag', { hasText: /^\d+% fresh$/ });
    await freshness.waitFor();
    const percent = Number(/^(\d+)%/.exec((await freshness.textContent()) ?? '')?.[1]);
    assert.ok(percent > 0 && percent < 100, `freshness ${percent}%`);
    assert.match((await first.locator('header .muted').first().textContent()) ?? '', /20 min/);
    assert.equal(await first.getByRole('progressbar').count(), 0, 'a review shows no progress');

    await newtab.keyboard.press('s');
    await newtab.bringToFront();
    await newtab.locator('.active-session', { hasText: `Studying ${FLY} for` }).waitFor();
    await newtab.keyboard.press('f');
    const dialog = newtab.getByRole('dialog', { name: `How well do you still know “${FLY}”?` });
    await dialog.waitFor();
    for (const rating of ['Again', 'Hard', 'Good', 'Easy']) {
      assert.match(
        (await dialog.getByRole('button', { name: new RegExp(rating) }).textContent()) ?? '',
        /back (tomorrow|in \d+ days)/,
      );
    }
    assert.equal(
      await dialog.getByRole('group', { name: 'Steps done' }).count(),
      0,
      'a review has no steps',
    );
    await newtab.screenshot({ path: screenshotPath('newtab-rating') });
    assert.deepEqual(await seriousViolations(newtab), []);
    await newtab.keyboard.press('3');
    await newtab
      .getByText(new RegExp(`^Saved\\. “${FLY}” comes back on \\d{4}-\\d{2}-\\d{2}\\.`))
      .waitFor();
    assert.equal(await newtab.getByRole('button', { name: 'Build it again' }).count(), 0);

    const after = await project(FLY);
    assert.equal(after.phase, 'reviewing');
    assert.ok(after.card && after.card.due > Date.now(), 'the next review is after today');
    assert.ok(after.card.due > flyDue.card!.due, 'the due date moved forward');
    assert.equal(after.card.reps, flyDue.card!.reps + 1);
    const log = await sessionLog();
    assert.deepEqual(
      log.map((r) => [r.projectId, r.kind, r.rating]),
      [
        [flyDue.id, 'build', undefined],
        [flyDue.id, 'review', 'good'],
      ],
    );
    assert.equal((await readStore(newtab, 'sessions')).length, 0);
    await newtab.locator(`article.session[data-project-id="${flyDue.id}"]`).waitFor({
      state: 'detached',
    });
  });

  it('undo takes the review back exactly; a review rated Again offers to build it again', async () => {
    await newtab.getByRole('button', { name: 'Undo session' }).click();
    await newtab.getByText('Session undone.').waitFor();
    assert.deepEqual(await project(FLY), flyDue);
    assert.equal((await readStore<Review>(newtab, 'reviews')).length, 1);

    await newtab.locator(`article.session[data-project-id="${flyDue.id}"]`).waitFor();
    await newtab.keyboard.press('s');
    await newtab.bringToFront();
    await newtab.locator('.active-session', { hasText: `Studying ${FLY} for` }).waitFor();
    await newtab.keyboard.press('f');
    await newtab.getByRole('dialog', { name: `How well do you still know “${FLY}”?` }).waitFor();
    await newtab.keyboard.press('1');
    await newtab.getByText(new RegExp(`^Saved\\. “${FLY}” comes back on`)).waitFor();
    const log = await sessionLog();
    assert.deepEqual(log.at(-1)?.rating, 'again');

    await newtab.getByRole('button', { name: 'Build it again' }).click();
    await newtab.getByText('Reopened: it gets build sessions again.').waitFor();
    const reopened = await project(FLY);
    assert.equal(reopened.phase, 'building');
    assert.equal(reopened.done, false);
    assert.equal(reopened.builtMinutes, 10, 'its build minutes stay as history');
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
    // A drag is one gesture: the page must not scroll under it, so both ends are on screen.
    const viewport = newtab.viewportSize();
    await newtab.setViewportSize({ width: 1280, height: 2000 });
    await newtab
      .locator('section.objective', { hasText: last })
      .locator('.drag-handle')
      .dragTo(newtab.locator('section.objective').first());
    if (viewport) await newtab.setViewportSize(viewport);
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

  it('the new-tab page shows today’s plan in its first frame, from its stored copy', async () => {
    // The stored screen must be today's plan as it is live: earlier steps changed the plan, and a
    // stale copy is rightly corrected by a later, larger paint.
    await newtab.goto(`chrome-extension://${extension.id}/newtab.html#today`);
    await newtab.locator('article.session button.primary:not([disabled])').first().waitFor();
    await newtab.waitForFunction(() => {
      const copy = JSON.parse(localStorage.getItem('waymark:today') ?? 'null') as {
        screen?: unknown;
      } | null;
      if (!Array.isArray(copy?.screen)) return false;
      // The stored screen's text in document order.
      const queue: unknown[] = [...(copy.screen as unknown[])];
      let stored = '';
      while (queue.length > 0) {
        const node = queue.shift();
        if (typeof node === 'string') stored += node;
        else if (Array.isArray(node)) queue.unshift(...(node[2] as unknown[]));
      }
      return [
        ...document.querySelectorAll('article.session h3, .next-objective, .budget span'),
      ].every((element) => stored.includes(element.textContent ?? ''));
    });
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.id}/newtab.html`);
    // Enabled once the live part has taken the stored screen over.
    await page.locator('article.session button.primary:not([disabled])').first().waitFor();
    const first = (await page.evaluate(`(async () => {
      const app = document.getElementById('app');
      const lcp = await new Promise((found) =>
        new PerformanceObserver((list) => found(list.getEntries().at(-1))).observe({
          type: 'largest-contentful-paint',
          buffered: true,
        }),
      );
      return {
        painted: app.dataset.painted,
        marks: performance.getEntriesByName('waymark:plan-rendered').map((m) => m.startTime),
        fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        lcp: lcp.startTime,
        lcpInPlan: app.contains(lcp.element),
      };
    })()`)) as { painted?: string; marks: number[]; fcp: number; lcp: number; lcpInPlan: boolean };
    assert.equal(first.painted, 'stored', 'first-paint.js rebuilt the stored screen');
    assert.equal(first.marks.length, 1);
    assert.ok(first.marks[0]! <= first.fcp, 'the plan was in the page before its first paint');
    assert.equal(first.lcp, first.fcp, 'nothing larger was painted after the first frame');
    assert.ok(first.lcpInPlan, 'the largest paint is part of the plan');
    await page.close();
  });
});
