import { mkdtempSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const SCREENSHOT_DIR = resolve('screenshots');

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Debian's Chromium (or CHROMIUM_BIN) in a fresh profile with one unpacked extension loaded.
 * Without --disable-extensions-except, Playwright's default --disable-extensions wins; the
 * networking switches matter on a machine without network.
 */
export function launchChromiumWith(
  extensionDir: string,
  options: { headless?: boolean; extraArgs?: string[] } = {},
) {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'waymark-profile-')), {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.extraArgs ?? []),
    ],
  });
}

/** The built extension loaded in Chromium, with its service worker and id. */
export async function launchExtension(
  options: { headless?: boolean } = {},
): Promise<LoadedExtension> {
  const context = await launchChromiumWith(EXTENSION_DIR, options);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    url: (path) => `chrome-extension://${id}/${path}`,
    close: () => context.close(),
  };
}

/** Opens the popup page in a window of its own, so the page the user was on stays the active tab. */
export async function openPopup(extension: LoadedExtension) {
  const opened = extension.context.waitForEvent('page', (p) => p.url().endsWith('/popup.html'));
  await extension.worker.evaluate(async (url) => {
    await chrome.windows.create({ url, type: 'popup', focused: false, width: 400, height: 600 });
  }, extension.url('popup.html'));
  return opened;
}

/** A local web page to attach (the machine has no network; loopback only). */
export async function serveTestPages(): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const name =
      decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1)) || 'Home';
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(
      `<!doctype html><title>${name.replace(/[<&]/g, '')}</title><h1>${name.replace(/[<&]/g, '')}</h1>`,
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

export function screenshotPath(name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}
