import type { LoadedExtension } from '../../../scripts/launch-extension';
import { dispatchInWorker, tabWithUrl, waitInWorker } from './extension-worker';

/** Waits until the worker's menu has the item `id` (update resolves only for an existing one). */
export async function waitForMenuItem(
  extension: LoadedExtension,
  id: string,
  what = `the menu item ${id}`,
): Promise<void> {
  await waitInWorker(
    extension,
    (itemId) =>
      chrome.contextMenus.update(itemId, {}).then(
        () => true,
        () => null,
      ),
    id,
    what,
  );
}

/** Waits until the first suggested row stands for `projectId`; returns every row's project. */
export function waitForFirstSuggestion(
  extension: LoadedExtension,
  projectId: string,
  what: string,
): Promise<string[]> {
  return waitInWorker(
    extension,
    async (id) => {
      const stored = await chrome.storage.session.get('waymark:suggested-slots');
      const ids = stored['waymark:suggested-slots'] as string[] | undefined;
      return ids?.[0] === id ? ids : null;
    },
    projectId,
    what,
  );
}

/**
 * Right-clicks "Attach to Waymark project" → the project, on the tab showing `pageUrl`, by firing
 * the background's real contextMenus.onClicked listeners once the project's item exists.
 */
export async function clickAttachMenuItem(
  extension: LoadedExtension,
  projectId: string,
  pageUrl: string,
) {
  const menuItemId = `attach:${projectId}`;
  await waitForMenuItem(extension, menuItemId);
  const tab = await tabWithUrl(extension, pageUrl);
  await dispatchInWorker(extension, 'contextMenus.onClicked', [
    { menuItemId, pageUrl, editable: false },
    tab,
  ]);
}
