import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { unpackSyncItems } from '../../lib/domain/sync/unpack-sync-items';
import type { LogEntry, SyncState, Tombstone } from '../../lib/domain/sync/sync-state';
import type { Project, Resource, Review } from '../../lib/domain/types';
import { epochToDay } from '../../lib/domain/schedule/day-index';
import {
  launchExtension,
  screenshotPath,
  type LoadedExtension,
} from '../../scripts/launch-extension';
import { clickAttachMenuItem } from './support/attach-menu-click';
import { seriousViolations } from './support/axe';
import {
  closeSession,
  importExample,
  openSession,
  projectNamed,
  type ExtensionSession,
} from './support/extension-session';
import { readStore } from './support/read-store';
import { putRows } from './support/write-store';

/**
 * Three browser profiles of one user. Chrome Sync is off in the test browser, so the test plays
 * its part: it reads one profile's `storage.sync` and writes it into another's, which fires
 * `storage.sync.onChanged` there as a delivery from the browser's sync does.
 */

type SyncItems = Record<string, unknown>;

const FLY = 'Fly Dist Sys Challenges';
const GIT = 'Build Git';
const PUBSUB = 'PubSub system in Rust';
const PAGES = ['Maelstrom guide', 'Gossip Glomers'];
const SWITCH = 'Sync this browser’s Waymark data';

/** Polls until `probe` returns something other than null; the engine debounces its writes. */
async function eventually<T>(probe: () => Promise<T | null>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const readSyncArea = (extension: LoadedExtension) =>
  extension.worker.evaluate(() => chrome.storage.sync.get(null)) as Promise<SyncItems>;

/** What the browser's sync does on arrival: writes the items, which fires onChanged. */
const deliver = (extension: LoadedExtension, items: SyncItems) =>
  extension.worker.evaluate((values) => chrome.storage.sync.set(values), items);

function unpacked(items: SyncItems): SyncState {
  const { state, problems } = unpackSyncItems(items);
  assert.deepEqual(problems, [], 'what the engine wrote reads back without a problem');
  return state;
}

const isEntry = (value: LogEntry | Tombstone): value is LogEntry => !('deleted' in value);

/** The finished sessions and the attached pages a sync area holds, by project key. */
function contents(items: SyncItems) {
  const state = unpacked(items);
  return {
    log: Object.values(state.log)
      .filter(isEntry)
      .map((entry) => `${entry.projectKey} ${entry.kind} ${entry.minutes}`)
      .sort(),
    pages: Object.values(state.pages)
      .flatMap((page) => ('value' in page ? [`${page.value.projectKey} ${page.value.title}`] : []))
      .sort(),
  };
}

/** Waits until the profile's sync area holds these sessions and pages (by project key). */
function syncAreaHolding(
  extension: LoadedExtension,
  expected: { log: string[]; pages: string[] },
): Promise<SyncItems> {
  return eventually(
    async () => {
      const items = await readSyncArea(extension);
      const held = contents(items);
      return JSON.stringify(held) === JSON.stringify(expected) ? items : null;
    },
    `the sync area to hold ${JSON.stringify(expected)}`,
  );
}

async function turnSyncOn(page: Page, extension: LoadedExtension) {
  await page.goto(extension.url('newtab.html#settings'));
  const toggle = page.getByRole('switch', { name: SWITCH });
  assert.equal(await toggle.isChecked(), false, 'sync is off until the user turns it on');
  await toggle.check();
  await page.getByText(/^Last synced /).waitFor({ timeout: 60_000 });
}

/** Start -> Finish -> save a build session from the project's card on Today. */
async function finishBuildSession(page: Page, title: string, minutes: number, done: boolean) {
  const { id } = await projectNamed(page, title);
  await page.goto('chrome://newtab');
  await page
    .locator(`article.session[data-project-id="${id}"]`)
    .getByRole('button', { name: 'Start' })
    .click();
  await page.bringToFront();
  await page.getByRole('button', { name: 'Finish' }).click();
  const dialog = page.getByRole('dialog', { name: `What did you build on “${title}”?` });
  await dialog.getByLabel('Minutes studied').fill(String(minutes));
  if (done)
    await dialog.getByRole('checkbox', { name: 'Project done: review it from now on' }).check();
  await dialog.getByRole('button', { name: 'Save session' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Brings the project's first review to today (time passing), then rates it Good. */
async function finishReview(page: Page, title: string) {
  const project = await projectNamed(page, title);
  const card = project.card!;
  const shift = card.due - Date.now();
  await putRows(page, 'projects', [
    {
      ...project,
      card: {
        ...card,
        due: card.due - shift,
        ...(card.lastReview === undefined ? {} : { lastReview: card.lastReview - shift }),
      },
    },
  ]);
  await page.goto('chrome://newtab');
  await page.reload();
  await page
    .locator(`article.session[data-project-id="${project.id}"]`)
    .getByRole('button', { name: 'Start' })
    .click();
  await page.bringToFront();
  await page.getByRole('button', { name: 'Finish' }).click();
  const dialog = page.getByRole('dialog', { name: `How well do you still know “${title}”?` });
  await dialog.getByLabel('Minutes studied').fill('20');
  await dialog.getByRole('button', { name: /Good/ }).click();
  await page.getByText(new RegExp(`^Saved\\. “${title}” comes back on`)).waitFor();
}

/** A profile's study as data: per project key its progress and next date, its log, its pages. */
async function studied(page: Page) {
  const projects = await readStore<Project>(page, 'projects');
  const keyOf = new Map(projects.map((p) => [p.id, p.key]));
  return {
    projects: new Map(
      projects.map((p) => [
        p.key,
        {
          phase: p.phase,
          done: p.done,
          builtMinutes: p.builtMinutes,
          next: p.card ? epochToDay(p.card.due) : null,
        },
      ]),
    ),
    log: (await readStore<Review>(page, 'reviews'))
      .map((r) => `${keyOf.get(r.projectId)} ${r.kind} ${r.minutes} ${r.rating ?? '-'}`)
      .sort(),
    pages: (await readStore<Resource>(page, 'resources'))
      .map((r) => `${keyOf.get(r.projectId)} ${r.title}`)
      .sort(),
  };
}

describe('sync between browser profiles in Chromium', () => {
  let a: ExtensionSession;
  let b: LoadedExtension;
  let bPage: Page;
  let fromA: SyncItems;
  let aStudied: Awaited<ReturnType<typeof studied>>;
  let keys: { fly: string; git: string; pubsub: string };

  before(async () => {
    a = await openSession();
  });

  after(async () => {
    await closeSession(a ?? {});
    await b?.close();
  });

  it('profile A turns sync on, studies, and its sync area holds its sessions and pages', async () => {
    const page = a.newtab;
    await importExample(page);
    keys = {
      fly: (await projectNamed(page, FLY)).key,
      git: (await projectNamed(page, GIT)).key,
      pubsub: (await projectNamed(page, PUBSUB)).key,
    };
    await turnSyncOn(page, a.extension);

    const fly = await projectNamed(page, FLY);
    for (const title of PAGES) {
      const url = `${a.site.origin}/${encodeURIComponent(title)}`;
      const tab = await a.extension.context.newPage();
      await tab.goto(url);
      await clickAttachMenuItem(a.extension, fly.id, url);
      await tab.close();
    }
    await finishBuildSession(page, FLY, 45, false);
    await finishBuildSession(page, GIT, 30, true);

    fromA = await syncAreaHolding(a.extension, {
      log: [`${keys.fly} build 45`, `${keys.git} build 30`].sort(),
      pages: PAGES.map((title) => `${keys.fly} ${title}`).sort(),
    });
    aStudied = await studied(page);
    assert.equal(aStudied.projects.get(keys.git)?.phase, 'reviewing');

    await page.goto(a.extension.url('newtab.html#settings'));
    await page.getByText(/^Last synced /).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page
      .locator('section[aria-labelledby="sync-title"]')
      .screenshot({ path: screenshotPath('settings-sync') });
  });

  it('profile B, with its own review, receives A’s data: both histories, A’s dates and pages', async () => {
    b = await launchExtension();
    bPage = await b.context.newPage();
    await importExample(bPage);
    await finishReview(bPage, PUBSUB);
    await turnSyncOn(bPage, b);
    const ownOnly = { log: [`${keys.pubsub} review 20`], pages: [] };
    await syncAreaHolding(b, ownOnly);

    await deliver(b, fromA);
    const both = [...aStudied.log, `${keys.pubsub} review 20 good`].sort();
    const bStudied = await eventually(async () => {
      const now = await studied(bPage);
      return JSON.stringify(now.log) === JSON.stringify(both) && now.pages.length === 2
        ? now
        : null;
    }, 'B to hold both histories');
    assert.deepEqual(bStudied.pages, aStudied.pages);
    for (const key of [keys.fly, keys.git])
      assert.deepEqual(bStudied.projects.get(key), aStudied.projects.get(key), key);
    assert.equal(bStudied.projects.get(keys.pubsub)?.phase, 'reviewing');

    // B writes the union back, so A would receive B's review in turn.
    await syncAreaHolding(b, {
      log: [...contents(fromA).log, ...ownOnly.log].sort(),
      pages: contents(fromA).pages,
    });

    // And shows it: A's pages and session on the project's details, B's review on its own.
    await bPage.goto(b.url('newtab.html#roadmap'));
    const details = async (title: string) => {
      const { id } = await projectNamed(bPage, title);
      const row = bPage.locator(`li.project[data-project-id="${id}"]`);
      await row.getByRole('button', { name: 'Details' }).click();
      return row;
    };
    const fly = await details(FLY);
    for (const title of PAGES) await fly.getByRole('link', { name: title }).waitFor();
    await fly.locator('ol.history li', { hasText: 'build, 45 min' }).waitFor();
    const pubsub = await details(PUBSUB);
    await pubsub.locator('ol.history li', { hasText: /review good/ }).waitFor();
  });

  it('turning sync off on B deletes nothing, there or in its sync area', async () => {
    const before = { area: await readSyncArea(b), rows: await studied(bPage) };
    await bPage.goto(b.url('newtab.html#settings'));
    await bPage.getByRole('switch', { name: SWITCH }).uncheck();
    await bPage.getByText(/Data already on your other devices stays as it is/).waitFor();
    assert.deepEqual(await readSyncArea(b), before.area);
    assert.deepEqual(await studied(bPage), before.rows);
    await b.close();
  });

  it('a fresh profile C pulls what it receives and pushes nothing over it', async () => {
    const c = await launchExtension();
    try {
      const page = await c.context.newPage();
      // The browser delivers the account's data whether or not Waymark syncs yet.
      await deliver(c, fromA);
      await turnSyncOn(page, c);
      const cStudied = await eventually(async () => {
        const now = await studied(page);
        return now.log.length === aStudied.log.length ? now : null;
      }, 'C to hold A’s history');
      assert.deepEqual(cStudied.log, aStudied.log);
      assert.deepEqual(cStudied.pages, aStudied.pages);
      for (const key of [keys.fly, keys.git])
        assert.deepEqual(cStudied.projects.get(key), aStudied.projects.get(key), key);

      // C's sync area after its sync: what it received, plus C's own device entry.
      const area = await eventually(async () => {
        const items = await readSyncArea(c);
        return Object.keys(unpacked(items).devices).length === 2 ? items : null;
      }, 'C to add itself to the devices');
      const { devices: receivedDevices, ...received } = unpacked(fromA);
      const { devices, ...held } = unpacked(area);
      assert.deepEqual(held, received);
      const newDevices = Object.keys(devices).filter((device) => !(device in receivedDevices));
      assert.equal(newDevices.length, 1, 'only C’s own device entry is new');
      for (const device of Object.keys(receivedDevices))
        assert.deepEqual(devices[device], receivedDevices[device]);
      const rewritten = Object.keys(fromA).filter(
        (key) => JSON.stringify(area[key]) !== JSON.stringify(fromA[key]),
      );
      assert.ok(rewritten.length <= 1, `C rewrote only its meta item, not ${rewritten.join(', ')}`);
    } finally {
      await c.close();
    }
  });
});
