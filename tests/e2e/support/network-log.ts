import type { BrowserContext, Request } from 'playwright-core';

/** The extension's own files and in-memory URLs: everything else is network. */
const OWN = /^(chrome-extension|data|blob):/;

export interface NetworkLog {
  /** Every request seen, pages and service worker alike, as `origin-kind url`. */
  seen: () => string[];
  /** The requests that left the extension. */
  foreign: () => string[];
  clear: () => void;
}

/** Who made a request, for the log. */
function origin(request: Request): string {
  if (request.serviceWorker()) return 'worker';
  try {
    return request.frame().url() || 'page';
  } catch {
    // Playwright has no frame yet for the first navigation of a page being opened.
    return 'new page';
  }
}

/**
 * Records every request of a browser context, the extension's service worker included, and
 * blocks every web request: the machine is offline anyway, and a test must never reach out.
 */
export async function watchNetwork(context: BrowserContext): Promise<NetworkLog> {
  const seen: { from: string; url: string }[] = [];
  const lines = (requests: typeof seen) => requests.map(({ from, url }) => `${from} ${url}`);
  context.on('request', (request) => seen.push({ from: origin(request), url: request.url() }));
  await context.route(/^(https?|wss?|ftp):/, (route) => route.abort('blockedbyclient'));
  return {
    seen: () => lines(seen),
    foreign: () => lines(seen.filter(({ url }) => !OWN.test(url))),
    clear: () => seen.splice(0),
  };
}
