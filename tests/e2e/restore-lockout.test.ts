import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../lib/domain/types';
import { screenshotPath, type LoadedExtension } from '../../scripts/launch-extension';
import {
  closeSession,
  importExample,
  openSession,
  type ExtensionSession,
} from './support/extension-session';
import { readStore } from './support/read-store';

let extension: LoadedExtension;
let site: ExtensionSession['site'];
let newtab: Page;

/** Writes the settings row a crafted backup once brought in, past every check: an own `__proto__`. */
function writePollutedSettings(page: Page): Promise<void> {
  return page.evaluate(
    (defaults) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          const store = tx.objectStore('settings');
          const read = store.get('settings');
          read.onsuccess = () => {
            const text = JSON.stringify(read.result ?? defaults);
            store.put(JSON.parse(text.replace('{', '{"__proto__":{"polluted":true},')));
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    DEFAULT_SETTINGS,
  );
}

const hasOwnProto = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('waymark');
        open.onsuccess = () => {
          const read = open.result.transaction('settings').objectStore('settings').get('settings');
          read.onsuccess = () => {
            const row = read.result as object | undefined;
            resolve(row !== undefined && Object.hasOwn(row, '__proto__'));
            open.result.close();
          };
        };
      }),
  );

describe(
  'data Waymark cannot copy never locks the user out, in Chromium',
  { timeout: 180_000 },
  () => {
    before(async () => {
      ({ extension, site, newtab } = await openSession());
      // A step that cannot happen fails with what it waited for, not with the suite's timeout.
      newtab.setDefaultTimeout(20_000);
      await importExample(newtab);
      // The day's backup, taken from its alarm, of data Waymark can copy.
      await extension.worker.evaluate(() => {
        const alarms = chrome.alarms.onAlarm as unknown as { dispatch: (a: unknown) => void };
        alarms.dispatch({ name: 'rolling-backup', scheduledTime: Date.now() });
      });
      await newtab.goto(extension.url('newtab.html#settings'));
      await newtab.getByRole('list', { name: 'Automatic backups' }).getByRole('listitem').waitFor();
    });

    after(() => closeSession({ extension, site }));

    it('restores the daily backup once the user goes ahead without a copy, and exports again', async () => {
      await writePollutedSettings(newtab);
      assert.equal(await hasOwnProto(newtab), true);
      // Export still saves everything, and says the file would not restore as it is.
      await newtab.goto(extension.url('newtab.html#import'));
      const [saved] = await Promise.all([
        newtab.waitForEvent('download'),
        newtab.getByRole('button', { name: 'Export backup' }).click(),
      ]);
      assert.ok(await saved.path());
      await newtab
        .getByRole('alert')
        .filter({ hasText: /backup was saved, but .*"__proto__".*Keep it/ })
        .waitFor();
      await newtab.goto(extension.url('newtab.html#settings'));
      const list = newtab.getByRole('list', { name: 'Automatic backups' });
      await list.getByRole('button', { name: /^Restore the backup of/ }).click();
      await newtab.getByRole('button', { name: 'Restore now' }).click();

      const consent = newtab.getByRole('group', { name: 'Go ahead anyway?' });
      await consent.waitFor();
      assert.match(
        (await consent.getByRole('alert').textContent()) ?? '',
        /cannot keep a copy of your current data first \(.*__proto__.*\)/,
      );
      assert.equal(await hasOwnProto(newtab), true, 'nothing changes before the user agrees');
      await newtab
        .getByRole('region', { name: 'Automatic backups' })
        .or(newtab.locator('section[aria-labelledby="backups-title"]'))
        .first()
        .screenshot({ path: screenshotPath('settings-restore-consent') });
      // The popup's Undo of an attach made before the restore would act on replaced rows.
      const lastAttach = () =>
        extension.worker.evaluate(async () =>
          Object.keys(await chrome.storage.session.get('waymark:last-attach')),
        );
      await extension.worker.evaluate(() =>
        chrome.storage.session.set({ 'waymark:last-attach': { summary: 'x', at: Date.now() } }),
      );
      assert.deepEqual(await lastAttach(), ['waymark:last-attach']);
      await consent.getByRole('button', { name: 'Restore without a copy' }).click();
      await newtab.getByText(/^Backup restored.*could not be kept/).waitFor();
      assert.equal(await hasOwnProto(newtab), false);
      assert.deepEqual(await lastAttach(), []);

      await newtab.goto(extension.url('newtab.html#import'));
      const [download] = await Promise.all([
        newtab.waitForEvent('download'),
        newtab.getByRole('button', { name: 'Export backup' }).click(),
      ]);
      const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      assert.equal(exported.waymark.format, 'waymark-backup');
      assert.equal((await readStore(newtab, 'projects')).length, 16);
    });
  },
);
