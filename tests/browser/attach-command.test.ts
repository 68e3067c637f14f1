import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ATTACH_COMMAND,
  handleAttachCommand,
  type AttachCommandDeps,
} from '../../lib/browser/attach-command';
import { showBadge } from '../../lib/browser/badge';
import { lastAttach, readLastAttach } from '../../lib/browser/last-attach';
import type { WaymarkDatabase } from '../../lib/db/database';
import { attachGestures } from '../../lib/services/actions/attach-gestures';
import { attachResource } from '../../lib/services/attach-resource';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { moveResource } from '../../lib/services/manage-resource';
import { keepSuggestionIndex, type SuggestionKeeper } from '../../lib/services/tab-suggestions';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

let db: WaymarkDatabase;
let keeper: SuggestionKeeper;
let now: number;

/** The service worker's own wiring (attachGestures), over a private database and the fake browser. */
function wire(): AttachCommandDeps {
  const deps = { db, now: () => now, newId: () => crypto.randomUUID(), lastAttach };
  return {
    now: () => now,
    suggest: async (page) => (await keeper.suggest([page]))[0] ?? [],
    ...attachGestures(deps).command,
    badge: showBadge,
  };
}

function tab(id: number, url: string, title: string): Browser.tabs.Tab {
  return { id, url, title, index: 0, active: true, windowId: 1 } as Browser.tabs.Tab;
}

async function badge(tabId: number) {
  return {
    text: await browser.action.getBadgeText({ tabId }),
    title: await browser.action.getTitle({ tabId }),
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  now = NOW;
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  keeper = keepSuggestionIndex(db, { delayMs: 10, onError: () => {} });
});
afterEach(() => keeper.stop());

describe('the attach-current-tab command', () => {
  const kubernetes = tab(5, 'https://kubernetes.io/docs/home/', 'Kubernetes Documentation');

  it('attaches to the top suggestion, then undoes it when pressed again within 10 s', async () => {
    const deps = wire();
    await handleAttachCommand(deps, ATTACH_COMMAND, kubernetes);
    const [row] = await db.resources.toArray();
    expect(row).toMatchObject({ url: 'https://kubernetes.io/docs/home/', via: 'command' });
    const project = await db.projects.get(row!.projectId);
    expect(project?.title).toBe('Kubernetes');
    expect(await badge(5)).toEqual({
      text: '✓',
      title: expect.stringMatching(
        /^Waymark: Attached to “Kubernetes”\. Press the shortcut again within 10 s to undo/,
      ),
    });

    now += 9_000;
    await handleAttachCommand(deps, ATTACH_COMMAND, kubernetes);
    expect(await db.resources.count()).toBe(0);
    expect(await badge(5)).toMatchObject({ text: '↶', title: expect.stringMatching(/Undone/) });
    expect(await readLastAttach()).toBeNull();
  });

  it('restores the earlier row when the attach had updated one', async () => {
    const deps = wire();
    const project = (await db.projects.toArray()).find((p) => p.title === 'Kubernetes')!;
    await attachResource(db, {
      projectId: project.id,
      url: kubernetes.url,
      title: 'Old title',
      via: 'popup',
      now: NOW - 1000,
    });
    const before = await db.resources.toArray();
    await handleAttachCommand(deps, ATTACH_COMMAND, kubernetes);
    expect((await db.resources.toArray())[0]?.title).toBe('Kubernetes Documentation');
    now += 1000;
    await handleAttachCommand(deps, ATTACH_COMMAND, kubernetes);
    expect(await db.resources.toArray()).toEqual(before);
  });

  it('refuses to undo a page moved since, and leaves it where it was moved', async () => {
    const deps = wire();
    await handleAttachCommand(deps, ATTACH_COMMAND, kubernetes);
    const docker = (await db.projects.toArray()).find((p) => p.title === 'Docker')!;
    await moveResource(db, (await db.resources.toArray())[0]!.id, docker.id);
    const moved = await db.resources.toArray();
    now += 1000;
    await handleAttachCommand(deps, ATTACH_COMMAND, kubernetes);
    expect(await db.resources.toArray()).toEqual(moved);
    expect(moved[0]?.projectId).toBe(docker.id);
    expect(await badge(5)).toEqual({
      text: '↶',
      title:
        'Waymark: Nothing was undone: since that attach, the page was moved, detached or changed.',
    });
  });

  it('attaches again instead of undoing after the 10 s window', async () => {
    const deps = wire();
    await handleAttachCommand(deps, ATTACH_COMMAND, kubernetes);
    now += 10_001;
    await handleAttachCommand(deps, ATTACH_COMMAND, kubernetes);
    expect(await db.resources.count()).toBe(1);
    expect((await badge(5)).text).toBe('✓');
  });

  it('shows ? and points to the popup when nothing matches', async () => {
    await handleAttachCommand(wire(), ATTACH_COMMAND, tab(6, 'https://www.bbc.co.uk/news', 'BBC'));
    expect(await badge(6)).toEqual({
      text: '?',
      title: 'Waymark: No project clearly matches this page. Open the Waymark popup to choose one.',
    });
    expect(await db.resources.count()).toBe(0);
  });

  it('refuses a browser page with the reason and writes nothing', async () => {
    await handleAttachCommand(wire(), ATTACH_COMMAND, tab(7, 'chrome://settings/', 'Settings'));
    expect(await badge(7)).toMatchObject({
      text: '!',
      title: expect.stringMatching(/can't be attached/),
    });
    expect(await db.resources.count()).toBe(0);
  });

  it('ignores other commands', async () => {
    const deps = { ...wire(), readLastAttach: vi.fn() };
    await handleAttachCommand(deps, 'something-else', kubernetes);
    expect(deps.readLastAttach).not.toHaveBeenCalled();
  });
});
