import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flashBadge, showResting } from '../../lib/browser/badge';
import { registerFiledToolbar } from '../../lib/browser/filed-toolbar';
import { slotContentFor } from '../../lib/browser/suggested-menu';
import type { FiledPage } from '../../lib/domain/tabs/filed-pages';
import { toolbarStateFor } from '../../lib/domain/tabs/filed-toolbar';
import { planSuggestedSlots, slotProjects } from '../../lib/domain/tabs/suggested-slots';
import type { TabSuggestion } from '../../lib/domain/tabs/tab-suggestion';

const git: FiledPage = { resourceId: 'r1', projectId: 'p-git', projectTitle: 'Build Git' };
const suggestion = (projectId: string, projectTitle: string): TabSuggestion => ({
  projectId,
  projectTitle,
  objectiveTitle: 'Systems',
  score: 1,
  reasons: ['git'],
});
const PAGE = { url: 'https://git-scm.com/book', title: 'Pro Git' };

describe('the menu marks the project a page is in', () => {
  it.each([
    [
      'filed and suggested elsewhere',
      [suggestion('p-os', 'OS')],
      [git],
      ['✓ In Build Git', 'Suggested: OS'],
      ['p-git', 'p-os'],
    ],
    [
      'filed where it is also suggested: one row',
      [suggestion('p-git', 'Build Git')],
      [git],
      ['✓ In Build Git'],
      ['p-git'],
    ],
    ['filed, nothing suggested', [], [git], ['✓ In Build Git'], ['p-git']],
    ['not filed', [suggestion('p-os', 'OS')], [], ['Suggested: OS'], ['p-os']],
  ])('%s', (_case, suggestions, filed, titles, projects) => {
    const content = slotContentFor(PAGE, suggestions, filed);
    const shown = planSuggestedSlots(content).filter((u) => u.visible && u.title);
    expect(shown.map((u) => u.title)).toEqual(titles);
    expect(slotProjects(content)).toEqual(projects);
  });
});

describe('the toolbar icon', () => {
  let titles: Map<number | undefined, string>;
  let texts: Map<number | undefined, string>;

  beforeEach(() => {
    fakeBrowser.reset();
    titles = new Map();
    texts = new Map();
    vi.spyOn(browser.action, 'setTitle').mockImplementation(async ({ tabId, title }) => {
      titles.set(tabId, title);
    });
    vi.spyOn(browser.action, 'setBadgeText').mockImplementation(async ({ tabId, text }) => {
      texts.set(tabId, text ?? '');
    });
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('says "In <project>" on a filed tab, and a flash of feedback returns to it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await showResting(7, toolbarStateFor([git]));
    expect([titles.get(7), texts.get(7)]).toEqual(['Waymark: In Build Git', '✓']);

    await flashBadge(7, false, 'Could not attach');
    // A resting state set during the flash waits for it to end.
    await showResting(7, toolbarStateFor([{ ...git, projectTitle: 'Git internals' }]));
    expect(titles.get(7)).toBe('Waymark: Could not attach');
    await vi.runAllTimersAsync();
    expect([titles.get(7), texts.get(7)]).toEqual(['Waymark: In Git internals', '✓']);

    await showResting(7, toolbarStateFor([]));
    expect([titles.get(7), texts.get(7)]).toEqual(['Waymark', '']);
  });

  it('follows navigation and tab switches through the index, without a database', async () => {
    const filed = (url: string | undefined) => (url === PAGE.url ? [git] : []);
    registerFiledToolbar(filed);
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    await fakeBrowser.tabs.update(tab.id!, { url: PAGE.url });
    await vi.waitFor(() => expect(titles.get(tab.id)).toBe('Waymark: In Build Git'));
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://example.com/other' });
    await vi.waitFor(() => expect(titles.get(tab.id)).toBe('Waymark'));
  });
});
