import type { BrowserContext, Request } from 'playwright-core';

/** The extension's own files and in-memory URLs: everything else is network. */
const OWN = /^(chrome-extension|data|blob):/;

export interface NetworkLog {
  /** Every request seen, pages and service worker alike, as `origin-kind url`. */
  seen: string[];
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
  const seen: string[] = [];
  // Judged by the URL alone: an origin such as "new page" has a space in it.
  const foreign: string[] = [];
  context.on('request', (request) => {
    const line = `${origin(request)} ${request.url()}`;
    seen.push(line);
    if (!OWN.test(request.url())) foreign.push(line);
  });
  await context.route(/^(https?|wss?|ftp):/, (route) => route.abort('blockedbyclient'));
  return {
    seen,
    foreign: () => [...foreign],
    clear: () => {
      seen.splice(0);
      foreign.splice(0);
    },
  };
}
