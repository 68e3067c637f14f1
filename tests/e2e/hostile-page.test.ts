import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Resource } from '../../lib/domain/types';
import type { TabLookup } from '../../lib/domain/tabs/tab-suggestion';
import { dispatchInWorker, tabWithUrl, waitInWorker } from './support/extension-worker';
import {
  closeSession,
  importExample,
  openSession,
  projectNamed,
  type ExtensionSession,
} from './support/extension-session';
import { readStore } from './support/read-store';

/** One path word as long as the one that kept the service worker busy for over a minute. */
const HUGE_WORD = 'x'.repeat(100_000);

// Generous: a stalled worker fails here rather than hanging the suite.
describe('a page that rewrites its address to a huge word', { timeout: 120_000 }, () => {
  let session: ExtensionSession;

  before(async () => {
    session = await openSession();
    await importExample(session.newtab);
  });

  after(() => closeSession(session));

  it('leaves the service worker answering, and the shortcut still attaches it', async () => {
    const { extension, site, newtab } = session;
    const kubernetes = await projectNamed(newtab, 'Kubernetes');
    const startUrl = `${site.origin}/${encodeURIComponent('Cooking recipes')}`;
    const page = await extension.context.newPage();
    await page.goto(startUrl);
    await page.bringToFront();
    const tabId = (await tabWithUrl(extension, startUrl)).id!;

    // No click: the page rewrites its own address, then its title, as any script may.
    const hostileUrl = await page.evaluate((word) => {
      history.replaceState(null, '', `/${word}`);
      document.title = 'Kubernetes Documentation';
      return location.href;
    }, HUGE_WORD);
    assert.ok(hostileUrl.length > HUGE_WORD.length);

    // The worker re-suggests for the active tab on the title change: the menu's first
    // suggested row now stands for Kubernetes, read from the rewritten page.
    await waitInWorker(
      extension,
      async ({ id, url, projectId }) => {
        const tab = await chrome.tabs.get(id);
        const stored = await chrome.storage.session.get('waymark:suggested-slots');
        const slots = stored['waymark:suggested-slots'] as string[] | undefined;
        return tab.url === url && slots?.[0] === projectId ? true : null;
      },
      { id: tabId, url: hostileUrl, projectId: kubernetes.id },
      'the suggested menu row for the rewritten page',
    );

    // A message round trip, as the popup asks for suggestions.
    const answer = await newtab.evaluate(
      (pages) => chrome.runtime.sendMessage({ type: 'waymark:look', pages }),
      [{ url: hostileUrl, title: 'Kubernetes Documentation' }],
    );
    assert.equal((answer as TabLookup).suggestions[0]?.[0]?.projectId, kubernetes.id);

    const tab = await extension.worker.evaluate((id) => chrome.tabs.get(id), tabId);
    await dispatchInWorker(extension, 'commands.onCommand', ['attach-current-tab', tab]);
    let row: Resource | undefined;
    for (let attempt = 0; !row; attempt += 1) {
      assert.ok(attempt < 100, 'the shortcut attached the page');
      await new Promise((resolve) => setTimeout(resolve, 100));
      row = (await readStore<Resource>(newtab, 'resources')).find((r) => r.url === hostileUrl);
    }
    assert.deepEqual([row.projectId, row.via], [kubernetes.id, 'command']);
    const badge = await waitInWorker(
      extension,
      (id) => chrome.action.getBadgeText({ tabId: id }).then((text) => text || null),
      tabId,
      'the badge',
    );
    assert.equal(badge, '✓');
    await page.close();
  });
});
