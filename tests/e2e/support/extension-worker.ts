import type { LoadedExtension } from '../../../scripts/launch-extension';

/** Polls in the service worker until `probe` returns something other than null. */
export async function waitInWorker<T, A>(
  extension: LoadedExtension,
  probe: (arg: A) => Promise<T | null>,
  arg: A,
  what: string,
): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const value = (await extension.worker.evaluate(probe, arg as never)) as T | null;
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The tab showing `url`, as the browser reports it to the extension. */
export async function tabWithUrl(
  extension: LoadedExtension,
  url: string,
): Promise<chrome.tabs.Tab> {
  return waitInWorker(
    extension,
    async (tabUrl) => (await chrome.tabs.query({ url: tabUrl }))[0] ?? null,
    url,
    `a tab at ${url}`,
  );
}

/** Fires the real listeners of a Chromium extension event (`dispatch` is undocumented but works). */
export async function dispatchInWorker(
  extension: LoadedExtension,
  event: 'contextMenus.onClicked' | 'commands.onCommand',
  args: unknown[],
) {
  await extension.worker.evaluate(
    ({ event, args }) => {
      const target =
        event === 'commands.onCommand' ? chrome.commands.onCommand : chrome.contextMenus.onClicked;
      (target as unknown as { dispatch: (...a: unknown[]) => void }).dispatch(...args);
    },
    { event, args },
  );
}
