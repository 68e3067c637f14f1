import type { LoadedExtension } from '../../../scripts/launch-extension';
import { waitInWorker } from './extension-worker';

/** Waits until the tab's toolbar icon shows a badge; returns its text and the icon's tooltip. */
export function waitForBadge(
  extension: LoadedExtension,
  tabId: number,
): Promise<{ text: string; title: string }> {
  return waitInWorker(
    extension,
    async (id) => {
      const text = await chrome.action.getBadgeText({ tabId: id });
      return text ? { text, title: await chrome.action.getTitle({ tabId: id }) } : null;
    },
    tabId,
    'the badge',
  );
}
