import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMenuWriter } from '../../lib/browser/menu-writer';
import {
  applySlots,
  readSlotProject,
  registerSuggestedMenu,
  type ShownMenus,
} from '../../lib/browser/suggested-menu';
import type { TabSuggestion } from '../../lib/domain/tabs/tab-suggestion';

function suggestion(projectId: string, projectTitle: string): TabSuggestion {
  return { projectId, projectTitle, objectiveTitle: 'ML Infra', score: 0.9, reasons: ['x'] };
}

const kubernetes = [suggestion('p-kube', 'Kubernetes')];

let updates: Array<[string, Record<string, unknown>]>;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  updates = [];
  // The fake browser has no contextMenus: record the updates the adapter makes.
  vi.spyOn(browser.contextMenus, 'update').mockImplementation((async (
    id: string,
    change: Record<string, unknown>,
  ) => {
    updates.push([id, change]);
  }) as unknown as typeof browser.contextMenus.update);
});

/** The suggested rows written the way the service worker writes them: through the menu's writer. */
const relabel = () =>
  createMenuWriter({ rebuild: async () => {}, relabel: applySlots }, (error) => {
    throw error;
  }).relabel;

async function openTab(url: string, title: string) {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  await fakeBrowser.tabs.update(tab.id!, { title } as Browser.tabs.UpdateProperties);
  return { ...tab, url, title, active: true } as Browser.tabs.Tab;
}

describe('registerSuggestedMenu (Chromium: follows the active tab)', () => {
  it('retitles only the suggested rows when the active tab finishes loading', async () => {
    const suggest = vi.fn().mockResolvedValue(kubernetes);
    registerSuggestedMenu(suggest, relabel());
    const tab = await openTab('https://kubernetes.io/docs/', 'Kubernetes Documentation');
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab] as never);

    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab);
    await vi.waitFor(() => expect(updates).toHaveLength(4));

    expect(suggest).toHaveBeenCalledWith({
      url: 'https://kubernetes.io/docs/',
      title: 'Kubernetes Documentation',
    });
    expect(updates.map(([id]) => id)).toEqual([
      'suggested-slot:0',
      'suggested-slot:1',
      'suggested-slot:2',
      'separator:suggested',
    ]);
    expect(updates[0]?.[1]).toMatchObject({ title: 'Suggested: Kubernetes', visible: true });
    expect(await readSlotProject(0)).toBe('p-kube');
  });

  it('skips the update when the suggestion did not change, and follows tab switches', async () => {
    const suggest = vi.fn().mockResolvedValue(kubernetes);
    registerSuggestedMenu(suggest, relabel());
    const tab = await openTab('https://kubernetes.io/docs/', 'Kubernetes');
    const query = vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab] as never);

    await fakeBrowser.tabs.onActivated.trigger({ tabId: tab.id!, windowId: 1 });
    await vi.waitFor(() => expect(updates).toHaveLength(4));
    await fakeBrowser.windows.onFocusChanged.trigger(1);
    await vi.waitFor(() => expect(suggest).toHaveBeenCalledTimes(2));
    expect(updates).toHaveLength(4);

    const news = await openTab('https://www.bbc.co.uk/news', 'BBC News');
    query.mockResolvedValue([news] as never);
    suggest.mockResolvedValue([]);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: news.id!, windowId: 1 });
    await vi.waitFor(() => expect(updates).toHaveLength(8));
    expect(updates.slice(4).every(([, change]) => change.visible === false)).toBe(true);
    expect(await readSlotProject(0)).toBeNull();
  });

  it('shows why a page cannot be attached, without asking for a suggestion', async () => {
    const suggest = vi.fn();
    registerSuggestedMenu(suggest, relabel());
    const tab = await openTab('file:///home/me/notes.html', 'notes');
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab] as never);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: tab.id!, windowId: 1 });
    await vi.waitFor(() => expect(updates).toHaveLength(4));
    expect(suggest).not.toHaveBeenCalled();
    expect(updates[0]?.[1]).toMatchObject({ visible: true, enabled: false });
    expect(String(updates[0]?.[1].title)).toMatch(/file:\/\//);
  });

  it('ignores background tabs loading', async () => {
    const suggest = vi.fn().mockResolvedValue(kubernetes);
    registerSuggestedMenu(suggest, relabel());
    const tab = await openTab('https://kubernetes.io/', 'Kubernetes');
    // Following the active tab starts by asking for it, within the event.
    const query = vi.spyOn(browser.tabs, 'query');
    await fakeBrowser.tabs.onUpdated.trigger(
      tab.id!,
      { status: 'complete' },
      {
        ...tab,
        active: false,
      },
    );
    expect(query).not.toHaveBeenCalled();
    expect(suggest).not.toHaveBeenCalled();
  });
});

describe('registerSuggestedMenu (Firefox: menus.onShown)', () => {
  it('suggests for the right-clicked link and redraws the open menu', async () => {
    let shown: (info: {
      contexts: string[];
      linkUrl?: string;
      linkText?: string;
    }) => void = () => {};
    const refresh = vi.fn().mockResolvedValue(undefined);
    const menus = {
      onShown: { addListener: (listener: typeof shown) => (shown = listener) },
      onHidden: { addListener: () => {} },
      refresh,
    } as unknown as ShownMenus;
    const suggest = vi.fn().mockResolvedValue(kubernetes);
    const onActivated = vi.spyOn(browser.tabs.onActivated, 'addListener');
    registerSuggestedMenu(suggest, relabel(), menus);
    shown({ contexts: ['link'], linkUrl: 'https://kubernetes.io/', linkText: 'k8s docs' });
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    expect(suggest).toHaveBeenCalledWith({ url: 'https://kubernetes.io/', title: 'k8s docs' });
    expect(updates[0]?.[1]).toMatchObject({ title: 'Suggested: Kubernetes' });
    expect(onActivated).not.toHaveBeenCalled();
  });
});
