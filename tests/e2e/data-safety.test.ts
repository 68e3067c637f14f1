import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Project, Resource } from '../../lib/domain/types';
import { openPopup, type LoadedExtension } from '../../scripts/launch-extension';
import { dispatchInWorker, tabWithUrl, waitInWorker } from './support/extension-worker';
import {
  closeSession,
  importExample,
  openSession,
  type ExtensionSession,
} from './support/extension-session';
import { readStore } from './support/read-store';
import { putRows } from './support/write-store';

const EACH = 20;

let extension: LoadedExtension;
let site: ExtensionSession['site'];
let newtab: Page;

async function waitForRows(count: number): Promise<Resource[]> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const rows = await readStore<Resource>(newtab, 'resources');
    if (rows.length >= count) return rows;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return readStore<Resource>(newtab, 'resources');
}

describe('data safety in Chromium', { timeout: 180_000 }, () => {
  before(async () => {
    ({ extension, site, newtab } = await openSession());
    await importExample(newtab);
  });

  after(() => closeSession({ extension, site }));

  it('popup, new-tab page and background attaching at the same moment lose nothing', async () => {
    const projects = await readStore<Project>(newtab, 'projects');
    const [git, lox, docker] = ['Build Git', 'Lox Interpreter', 'Docker'].map((title) =>
      projects.find((p) => p.title === title)!,
    );
    // The popup tags EACH open tabs of a window in one bulk write.
    const popupUrls = Array.from({ length: EACH }, (_, n) => `${site.origin}/Popup%20page%20${n}`);
    const windowId = await extension.worker.evaluate(
      async (urls) => (await chrome.windows.create({ url: urls, focused: true }))!.id!,
      popupUrls,
    );
    await waitInWorker(
      extension,
      async ({ id, count }) => {
        const tabs = await chrome.tabs.query({ windowId: id });
        return tabs.length === count && tabs.every((t) => t.status === 'complete') ? true : null;
      },
      { id: windowId, count: EACH },
      'the popup’s pages to load',
    );
    const popup = await openPopup(extension);
    await popup.getByRole('button', { name: 'Tag open tabs' }).click();
    for (let n = 0; n < EACH; n += 1) {
      const choose = popup.getByRole('button', {
        name: new RegExp(`the project for Popup page ${n}$`),
      });
      await choose.click();
      await popup.getByLabel(`Project for Popup page ${n}`, { exact: true }).selectOption(git!.id);
      await choose.click();
    }
    const attachAll = popup.getByRole('button', { name: `Attach ${EACH} tabs` });
    await attachAll.waitFor();

    // The background attaches links from the context menu, through its real listener.
    const tab = await tabWithUrl(extension, popupUrls[0]!);
    const menuClicks = Array.from({ length: EACH }, (_, n) => [
      {
        menuItemId: `attach:${lox!.id}`,
        pageUrl: popupUrls[0],
        linkUrl: `https://example.com/menu/${n}`,
        linkText: `Menu link ${n}`,
        editable: false,
      },
      tab,
    ]);
    // The new-tab page has no attach form: it writes its rows as separate transactions.
    const pageRows = Array.from({ length: EACH }, (_, n) => ({
      id: `newtab-${n}`,
      projectId: docker!.id,
      url: `https://example.com/newtab/${n}`,
      title: `New-tab row ${n}`,
      kind: 'other',
      attachedAt: Date.now(),
      via: 'popup',
    }));

    await Promise.all([
      attachAll.click(),
      Promise.all(
        menuClicks.map((args) => dispatchInWorker(extension, 'contextMenus.onClicked', args)),
      ),
      newtab.evaluate(
        (rows) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('waymark');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              let left = rows.length;
              for (const row of rows) {
                const tx = open.result.transaction('resources', 'readwrite');
                tx.objectStore('resources').add(row);
                tx.oncomplete = () => {
                  left -= 1;
                  if (left === 0) resolve();
                };
                tx.onerror = () => reject(tx.error);
              }
            };
          }),
        pageRows,
      ),
    ]);

    const rows = await waitForRows(3 * EACH);
    const urls = (projectId: string) =>
      rows
        .filter((r) => r.projectId === projectId)
        .map((r) => r.url)
        .sort();
    assert.deepEqual(urls(git!.id), [...popupUrls].sort());
    assert.deepEqual(
      urls(lox!.id),
      menuClicks.map(([info]) => (info as { linkUrl: string }).linkUrl).sort(),
    );
    assert.deepEqual(urls(docker!.id), pageRows.map((r) => r.url).sort());
    assert.equal(rows.length, 3 * EACH);
    await popup.getByText(`Attached ${EACH} tabs to 1 project.`).waitFor();
    await popup.close();
    await extension.worker.evaluate((id) => chrome.windows.remove(id), windowId);
  });

  it('shows a failed daily backup in Settings until a retry succeeds', async () => {
    // A row no backup may carry (a restore would refuse it) makes the day's backup fail.
    const hostile = { ...(await readStore<Resource>(newtab, 'resources'))[0]! };
    Object.assign(hostile, { id: 'hostile', url: 'javascript:alert(1)' });
    const write = (row: Resource | null) =>
      newtab.evaluate(
        ([row, id]) =>
          new Promise<void>((resolve) => {
            const open = indexedDB.open('waymark');
            open.onsuccess = () => {
              const tx = open.result.transaction('resources', 'readwrite');
              if (row) tx.objectStore('resources').put(row);
              else tx.objectStore('resources').delete(id);
              tx.oncomplete = () => resolve();
            };
          }),
        [row, hostile.id] as const,
      );
    await write(hostile);
    await extension.worker.evaluate(() => {
      const alarms = chrome.alarms.onAlarm as unknown as { dispatch: (a: unknown) => void };
      alarms.dispatch({ name: 'rolling-backup', scheduledTime: Date.now() });
    });
    const PROBLEM = 'waymark:backup-problem';
    await waitInWorker(
      extension,
      async (key) => ((await chrome.storage.local.get(key))[key] as unknown) ?? null,
      PROBLEM,
      'the failure to be recorded',
    );
    await newtab.goto(extension.url('newtab.html#settings'));
    const alert = newtab.getByRole('alert').filter({ hasText: 'The automatic backup of' });
    assert.match((await alert.textContent()) ?? '', /failed: .+ The earlier backups are kept\.$/);
    assert.equal(await newtab.getByRole('list', { name: 'Automatic backups' }).count(), 0);

    await write(null);
    await newtab.getByRole('button', { name: 'Try the backup again' }).click();
    await newtab.getByText('Backed up: today’s copy is kept.').waitFor();
    assert.equal(await alert.count(), 0);
    const stored = await extension.worker.evaluate((key) => chrome.storage.local.get(key), PROBLEM);
    assert.deepEqual(stored, {});
  });

  it('takes the daily backup from the alarm, lists it in Settings and restores it', async () => {
    await extension.worker.evaluate(() => {
      const alarms = chrome.alarms.onAlarm as unknown as { dispatch: (a: unknown) => void };
      alarms.dispatch({ name: 'rolling-backup', scheduledTime: Date.now() });
    });
    await newtab.goto(extension.url('newtab.html#settings'));
    const list = newtab.getByRole('list', { name: 'Automatic backups' });
    await list.getByRole('listitem').first().waitFor();
    assert.equal(await list.getByRole('listitem').count(), 1);
    assert.match((await list.textContent()) ?? '', /16 projects, 60 resources/);
    const backedUp = await readStore<Resource>(newtab, 'resources');

    // A later mistake: every attached page detached.
    await newtab.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('waymark');
          open.onsuccess = () => {
            const tx = open.result.transaction('resources', 'readwrite');
            tx.objectStore('resources').clear();
            tx.oncomplete = () => resolve();
          };
        }),
    );
    await list.getByRole('button', { name: /^Restore the backup of/ }).click();
    await newtab.getByRole('button', { name: 'Restore now' }).click();
    await newtab.getByText(/^Backup restored/).waitFor();
    assert.deepEqual(await readStore<Resource>(newtab, 'resources'), backedUp);
  });

  it('Stats reads past values no version should store, and a failed read says what to do', async () => {
    const reviewing = (await readStore<Project>(newtab, 'projects')).find(
      (p) => p.phase === 'reviewing',
    )!;
    const review = (id: string, at: number) => ({
      id,
      projectId: reviewing.id,
      at,
      kind: 'review',
      rating: 'good',
      minutes: 30,
      note: '',
      before: {},
    });
    await putRows(newtab, 'reviews', [
      review('yesterday', Date.now() - 86_400_000),
      review('year-10000', Date.UTC(10000, 0, 2)),
    ]);
    await putRows(newtab, 'settings', [{ id: 'settings', breaks: 'x', restDays: 5 }]);
    await putRows(newtab, 'projects', [{ ...reviewing, card: { due: Date.now() } }]);
    await newtab.goto(extension.url('newtab.html#stats'));
    await newtab.getByRole('heading', { name: 'Stats' }).waitFor();
    assert.equal(await newtab.getByRole('alert').count(), 0);
    assert.equal(await newtab.getByText('Loading stats…').count(), 0);

    // A read that fails inside an IndexedDB success handler, as the year-10000 review once did.
    await newtab.goto(extension.url('newtab.html#today'));
    await newtab.evaluate(() => {
      IDBCursor.prototype.continue = () => {
        throw new DOMException('cursor gone', 'InvalidStateError');
      };
    });
    await newtab.getByRole('link', { name: 'Stats' }).click();
    const failure = newtab.getByRole('alert').filter({ hasText: 'This view could not be shown.' });
    await failure.waitFor();
    await failure.getByRole('button', { name: 'Reload' }).waitFor();
    await failure.getByRole('link', { name: /restore a backup, or export one/ }).click();
    await newtab.getByRole('heading', { name: 'Import & export' }).waitFor();
  });
});
