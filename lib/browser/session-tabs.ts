import { browser } from 'wxt/browser';
import { hashNumber } from '../domain/hash-key';

const GROUP_COLORS = [
  'blue',
  'cyan',
  'green',
  'orange',
  'pink',
  'purple',
  'red',
  'yellow',
  'grey',
] as const;

/** A stable colour per project, so a project's group looks the same every session. */
function groupColorFor(seed: string): (typeof GROUP_COLORS)[number] {
  return GROUP_COLORS[hashNumber(seed) % GROUP_COLORS.length] ?? 'blue';
}

/**
 * Opens a session's pages as a named, coloured tab group; where the browser has no tab groups
 * (Firefox), in a new window instead.
 */
export async function openSessionTabs(input: {
  title: string;
  urls: string[];
  colorSeed: string;
}): Promise<{ groupId?: number; windowId?: number }> {
  if (input.urls.length === 0) return {};
  if (!browser.tabGroups || !browser.tabs.group) {
    const window = await browser.windows.create({ url: input.urls });
    return { windowId: window?.id };
  }
  const tabs = await Promise.all(
    input.urls.map((url) => browser.tabs.create({ url, active: false })),
  );
  const tabIds = tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  const groupId = await browser.tabs.group({ tabIds: tabIds as [number, ...number[]] });
  await browser.tabGroups.update(groupId, {
    title: input.title,
    color: groupColorFor(input.colorSeed),
  });
  if (tabIds[0] !== undefined) await browser.tabs.update(tabIds[0], { active: true });
  return { groupId, windowId: tabs[0]?.windowId };
}

/** Brings a running session's group back into view, if it still exists. */
export async function focusSessionTabs(groupId: number | undefined): Promise<boolean> {
  if (groupId === undefined || !browser.tabGroups) return false;
  const [tab] = await browser.tabs.query({ groupId });
  if (tab?.id === undefined) return false;
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  return true;
}

/** Opens one page in a new tab, in front. */
export async function openPage(url: string) {
  await browser.tabs.create({ url, active: true });
}
