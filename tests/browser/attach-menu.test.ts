import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleAttachMenuClick, registerAttachMenu } from '../../lib/browser/attach-menu';
import { objective, project } from '../components/fixtures';

const tab = {
  id: 7,
  url: 'https://git-scm.com/book',
  title: 'Pro Git',
  index: 0,
  pinned: false,
  highlighted: false,
  windowId: 1,
  active: true,
  incognito: false,
  selected: true,
  discarded: false,
  autoDiscardable: true,
  groupId: -1,
  frozen: false,
} as Browser.tabs.Tab;

function deps() {
  return {
    attach: vi.fn().mockResolvedValue({ ok: true, message: 'Attached to “Build Git”.' }),
    feedback: vi.fn().mockResolvedValue(undefined),
    suggest: vi.fn().mockResolvedValue([]),
  };
}

describe('handleAttachMenuClick', () => {
  it('attaches the page of a page click, with the tab title', async () => {
    const d = deps();
    await handleAttachMenuClick(
      d,
      { menuItemId: 'attach:p1', pageUrl: tab.url, editable: false },
      tab,
    );
    expect(d.attach).toHaveBeenCalledWith('p1', {
      url: 'https://git-scm.com/book',
      title: 'Pro Git',
    });
    expect(d.feedback).toHaveBeenCalledWith(7, true, 'Attached to “Build Git”.');
  });

  it('attaches the link target of a link click, not the page', async () => {
    const d = deps();
    const info = {
      menuItemId: 'attach:p2',
      pageUrl: tab.url,
      linkUrl: 'https://arxiv.org/abs/1234.5678',
      editable: false,
    };
    await handleAttachMenuClick(d, info, tab);
    expect(d.attach).toHaveBeenCalledWith('p2', {
      url: 'https://arxiv.org/abs/1234.5678',
      title: 'https://arxiv.org/abs/1234.5678',
    });
  });

  it('attaches to the project the clicked suggested row stood for', async () => {
    await browser.storage.session.set({ 'waymark:suggested-slots': ['p-kube', 'p-docker'] });
    const d = deps();
    await handleAttachMenuClick(
      d,
      { menuItemId: 'suggested-slot:1', pageUrl: tab.url, editable: false },
      tab,
    );
    expect(d.attach).toHaveBeenCalledWith('p-docker', { url: tab.url, title: 'Pro Git' });
  });

  it('does nothing for a suggested row that stands for no project', async () => {
    await browser.storage.session.set({ 'waymark:suggested-slots': [] });
    const d = deps();
    await handleAttachMenuClick(
      d,
      { menuItemId: 'suggested-slot:0', pageUrl: tab.url, editable: false },
      tab,
    );
    expect(d.attach).not.toHaveBeenCalled();
  });

  it('ignores the root item and submenus', async () => {
    const d = deps();
    await handleAttachMenuClick(
      d,
      { menuItemId: 'waymark-attach', pageUrl: tab.url, editable: false },
      tab,
    );
    expect(d.attach).not.toHaveBeenCalled();
    expect(d.feedback).not.toHaveBeenCalled();
  });

  it('reports a refusal through the feedback', async () => {
    const d = {
      ...deps(),
      attach: vi.fn().mockResolvedValue({ ok: false, message: 'Browser pages can’t be attached.' }),
    };
    await handleAttachMenuClick(
      d,
      { menuItemId: 'attach:p1', pageUrl: 'chrome://settings', editable: false },
      { ...tab, url: 'chrome://settings' },
    );
    expect(d.feedback).toHaveBeenCalledWith(7, false, 'Browser pages can’t be attached.');
  });
});

type RoadmapView = {
  objectives: ReturnType<typeof objective>[];
  projects: ReturnType<typeof project>[];
};

/** The fake browser has no contextMenus: stubs the adapter's calls, noting what it creates. */
function stubMenuCalls() {
  const created: string[] = [];
  vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
  const removeAll = vi.spyOn(browser.contextMenus, 'removeAll').mockImplementation(async () => {});
  vi.spyOn(browser.contextMenus, 'create').mockImplementation((props, done) => {
    created.push(String(props.id));
    done?.();
    return props.id ?? '';
  });
  return { removeAll, created };
}

/** Registers the menu over a roadmap the test pushes, as the database watcher would. */
function registerWithRoadmap(suggest: ReturnType<typeof deps>['suggest']) {
  let push: (view: RoadmapView) => void = () => {};
  registerAttachMenu({
    ...deps(),
    suggest,
    watchRoadmap: (onChange) => ((push = onChange), () => {}),
  });
  return (view: RoadmapView) => push(view);
}

describe('registerAttachMenu', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  it('rebuilds the menu once, debounced, after a burst of roadmap changes', async () => {
    const { removeAll, created } = stubMenuCalls();
    const push = registerWithRoadmap(vi.fn().mockResolvedValue([]));

    const objectives = [objective('o1', 'Systems', 0)];
    push({ objectives, projects: [project('p1', 'o1', 'Build Git')] });
    push({ objectives, projects: [project('p1', 'o1', 'Build Git'), project('p2', 'o1', 'Lox')] });
    await vi.runAllTimersAsync();

    expect(removeAll).toHaveBeenCalledTimes(1);
    expect(created).toContain('attach:p1');
    expect(created).toContain('attach:p2');
    expect(created[0]).toBe('waymark-attach');
    // The suggested rows come right under the root, before any objective.
    expect(created.slice(1, 5)).toEqual([
      'suggested-slot:0',
      'suggested-slot:1',
      'suggested-slot:2',
      'separator:suggested',
    ]);
  });

  it('leaves an unchanged menu alone when the worker starts again, and rebuilds a changed one', async () => {
    const { removeAll } = stubMenuCalls();
    const objectives = [objective('o1', 'Systems', 0)];
    const startWorker = async (projects: ReturnType<typeof project>[]) => {
      registerAttachMenu({
        ...deps(),
        suggest: vi.fn().mockResolvedValue([]),
        watchRoadmap: (onChange) => (onChange({ objectives, projects }), () => {}),
      });
      await vi.runAllTimersAsync();
    };
    await startWorker([project('p1', 'o1', 'Build Git')]);
    const built = removeAll.mock.calls.length;
    expect(built).toBeGreaterThan(0);
    await startWorker([project('p1', 'o1', 'Build Git')]);
    expect(removeAll).toHaveBeenCalledTimes(built);
    await startWorker([project('p1', 'o1', 'Build Git, again')]);
    expect(removeAll).toHaveBeenCalledTimes(built + 1);
  });

  it('relabels the suggested rows only once a rebuild is done, for the latest page', async () => {
    const calls: string[] = [];
    let finishRemoving = () => {};
    vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(browser.contextMenus, 'removeAll').mockImplementation(() => {
      calls.push('removeAll');
      return new Promise<void>((resolve) => (finishRemoving = resolve));
    });
    vi.spyOn(browser.contextMenus, 'create').mockImplementation((props, done) => {
      calls.push(`create ${String(props.id)}`);
      done?.();
      return props.id ?? '';
    });
    vi.spyOn(browser.contextMenus, 'update').mockImplementation((async (
      id: string,
      change: { title?: string },
    ) => {
      calls.push(`update ${id}${change.title ? `: ${change.title}` : ''}`);
    }) as unknown as typeof browser.contextMenus.update);
    const query = vi.spyOn(browser.tabs, 'query');
    const suggest = vi.fn(async (page: { title?: string }) => [
      {
        projectId: `p-${page.title}`,
        projectTitle: String(page.title),
        objectiveTitle: 'Systems',
        score: 0.9,
        reasons: ['x'],
      },
    ]);
    const push = registerWithRoadmap(suggest);
    push({ objectives: [objective('o1', 'Systems', 0)], projects: [project('p1', 'o1', 'Git')] });
    await vi.advanceTimersByTimeAsync(250);
    expect(calls).toEqual(['removeAll']);

    // The user switches tabs twice while the menu is being rebuilt.
    for (const title of ['Kubernetes', 'Build Git']) {
      query.mockResolvedValue([{ ...tab, url: `https://example.com/${title}`, title }] as never);
      await fakeBrowser.tabs.onActivated.trigger({ tabId: tab.id!, windowId: 1 });
    }
    await vi.waitFor(() => expect(suggest).toHaveBeenCalledTimes(2));
    expect(calls).toEqual(['removeAll']);

    finishRemoving();
    await vi.waitFor(() => expect(suggest).toHaveBeenCalledTimes(3));
    await vi.waitFor(() => expect(calls.at(-1)).toBe('update separator:suggested'));
    const updates = calls.filter((call) => call.startsWith('update'));
    expect(calls.slice(-updates.length)).toEqual(updates);
    expect(updates.filter((call) => call.startsWith('update suggested-slot:0'))).toEqual([
      'update suggested-slot:0: Suggested: Build Git',
    ]);
  });
});
