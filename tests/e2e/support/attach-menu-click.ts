import type { LoadedExtension } from '../../../scripts/launch-extension';
import { dispatchInWorker, tabWithUrl, waitInWorker } from './extension-worker';

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
  await waitInWorker(
    extension,
    async (id) =>
      (await chrome.contextMenus.update(id, {}).then(
        () => true,
        () => null,
      ))
        ? true
        : null,
    menuItemId,
    `the menu item ${menuItemId}`,
  );
  const tab = await tabWithUrl(extension, pageUrl);
  await dispatchInWorker(extension, 'contextMenus.onClicked', [
    { menuItemId, pageUrl, editable: false },
    tab,
  ]);
}
