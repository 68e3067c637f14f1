import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleAttachMenuClick, registerAttachMenu } from '../../lib/browser/attach-menu';
import { NO_MATCH_FOR_LINK } from '../../lib/browser/link-best-match';
import type { ShownMenus } from '../../lib/browser/suggested-menu';
import type { TabSuggestion } from '../../lib/domain/tabs/tab-suggestion';
import { objective, project } from '../components/fixtures';

const pageUrl = 'https://docs.docker.com/get-started/';
const tab = { id: 7, url: pageUrl, title: 'Docker overview' } as Browser.tabs.Tab;
const lox: TabSuggestion = {
  projectId: 'p-lox',
  projectTitle: 'Lox Interpreter',
  objectiveTitle: 'Languages',
  score: 0.8,
  reasons: ['craftinginterpreters'],
};
const click = (linkUrl: string | undefined) => ({
  menuItemId: 'link-best-match',
  pageUrl,
  editable: false,
  ...(linkUrl === undefined ? {} : { linkUrl }),
});

function deps(
  suggestions: TabSuggestion[],
  attached = { ok: true, message: 'Attached to “Lox Interpreter”.' },
) {
  return {
    suggest: vi.fn().mockResolvedValue(suggestions),
    attach: vi.fn().mockResolvedValue(attached),
    feedback: vi.fn().mockResolvedValue(undefined),
  };
}

describe('"Attach link to best match" clicked', () => {
  it.each<{
    name: string;
    linkUrl: string | undefined;
    suggestions: TabSuggestion[];
    attached?: { ok: boolean; message: string };
    suggestedFor: unknown;
    attachedTo: unknown[] | null;
    feedback: [boolean, string];
  }>([
    {
      name: 'suggests for the link, not the page, and attaches it to the best match',
      linkUrl: 'https://craftinginterpreters.com/scanning.html',
      suggestions: [lox, { ...lox, projectId: 'p-docker', projectTitle: 'Docker', score: 0.4 }],
      suggestedFor: { url: 'https://craftinginterpreters.com/scanning.html', title: '' },
      attachedTo: [
        'p-lox',
        {
          url: 'https://craftinginterpreters.com/scanning.html',
          title: 'https://craftinginterpreters.com/scanning.html',
        },
      ],
      feedback: [true, 'Attached to “Lox Interpreter”. Undo from the Waymark popup.'],
    },
    {
      name: 'refuses, attaching nothing, when no project clearly matches',
      linkUrl: 'https://example.com/recipes',
      suggestions: [],
      suggestedFor: { url: 'https://example.com/recipes', title: '' },
      attachedTo: null,
      feedback: [false, NO_MATCH_FOR_LINK],
    },
    {
      name: 'refuses a link it could never attach, without suggesting',
      linkUrl: 'javascript:void(0)',
      suggestions: [lox],
      suggestedFor: null,
      attachedTo: null,
      feedback: [false, "Scripts (javascript:) can't be attached"],
    },
    {
      name: 'passes on a refusal of the attach itself',
      linkUrl: 'https://craftinginterpreters.com/',
      suggestions: [lox],
      attached: { ok: false, message: 'That project is archived.' },
      suggestedFor: { url: 'https://craftinginterpreters.com/', title: '' },
      attachedTo: ['p-lox', expect.anything()],
      feedback: [false, 'That project is archived.'],
    },
  ])('$name', async ({ linkUrl, suggestions, attached, suggestedFor, attachedTo, feedback }) => {
    const d = deps(suggestions, attached);
    await handleAttachMenuClick(d, click(linkUrl), tab);
    if (suggestedFor === null) expect(d.suggest).not.toHaveBeenCalled();
    else expect(d.suggest).toHaveBeenCalledWith(suggestedFor);
    if (attachedTo === null) expect(d.attach).not.toHaveBeenCalled();
    else expect(d.attach).toHaveBeenCalledWith(...attachedTo);
    expect(d.feedback).toHaveBeenCalledTimes(1);
    expect(d.feedback).toHaveBeenCalledWith(7, ...feedback);
  });

  it('leaves the per-project rows choosing by hand, without suggesting', async () => {
    const d = deps([lox]);
    const linkUrl = 'https://craftinginterpreters.com/';
    await handleAttachMenuClick(d, { ...click(linkUrl), menuItemId: 'attach:p-docker' }, tab);
    expect(d.suggest).not.toHaveBeenCalled();
    expect(d.attach).toHaveBeenCalledWith('p-docker', { url: linkUrl, title: linkUrl });
  });
});

describe('the menu as each browser builds it', () => {
  const built = { FIREFOX: import.meta.env.FIREFOX };
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    Object.assign(import.meta.env, { FIREFOX: built.FIREFOX });
    vi.restoreAllMocks();
  });

  async function build(): Promise<Map<string, unknown>> {
    const contexts = new Map<string, unknown>();
    // The fake browser has no contextMenus: stub the calls the adapter makes.
    vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(browser.contextMenus, 'removeAll').mockImplementation(async () => {});
    vi.spyOn(browser.contextMenus, 'create').mockImplementation((props, done) => {
      contexts.set(String(props.id), props.contexts);
      done?.();
      return props.id ?? '';
    });
    const view = {
      objectives: [objective('o1', 'Systems', 0)],
      projects: [project('p1', 'o1', 'Build Git')],
    };
    registerAttachMenu({
      ...deps([]),
      watchRoadmap: (onChange) => (onChange(view), () => {}),
    });
    await vi.runAllTimersAsync();
    return contexts;
  }

  it.each([
    [
      'Chromium: the item on links only, the suggested rows on pages only',
      false,
      { 'link-best-match': ['link'], 'suggested-slot:0': ['page'], 'attach:p1': ['page', 'link'] },
    ],
    [
      'Firefox: no item, its suggested rows follow links too',
      true,
      {
        'link-best-match': undefined,
        'suggested-slot:0': ['page', 'link', 'tab'],
        'attach:p1': ['page', 'link', 'tab'],
      },
    ],
  ])('%s', async (_name, firefox, expected) => {
    if (firefox) {
      // `vi.stubEnv` takes strings only; the build flag is a boolean.
      Object.assign(import.meta.env, { FIREFOX: true });
      // Firefox's own menus events, which the fake browser leaves out.
      const menus = (browser as unknown as { menus: ShownMenus }).menus;
      vi.spyOn(menus.onShown, 'addListener').mockImplementation(() => {});
      vi.spyOn(menus.onHidden, 'addListener').mockImplementation(() => {});
    }
    const contexts = await build();
    for (const [id, shownOn] of Object.entries(expected))
      expect(contexts.get(id), id).toEqual(shownOn);
  });
});
