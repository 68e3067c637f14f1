import { storedAddress } from './normalise-url';

export type AttachableCheck = { ok: true; url: string } | { ok: false; reason: string };

/** Browser-internal schemes, named in the reason the way the address bar shows them. */
const BROWSER_SCHEMES = new Set([
  'chrome:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'about:',
  'resource:',
]);

const EXTENSION_SCHEMES = new Set([
  'chrome-extension:',
  'moz-extension:',
  'safari-web-extension:',
  'extension:',
]);

/** Turns a tab address into the URL to store, or a reason in words a user understands. */
export function checkAttachable(url: string | undefined | null): AttachableCheck {
  const trimmed = (url ?? '').trim();
  if (trimmed === '') return refuse('This tab has no address yet');

  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return refuse('This tab’s address is not a valid web address');
  }

  const scheme = parsed.protocol;
  if (scheme === 'http:' || scheme === 'https:') {
    if (parsed.hostname === '') return refuse('This tab’s address has no site in it');
    return { ok: true, url: storedAddress(trimmed) };
  }
  // Firefox Reader View wraps the real page: attach the page itself.
  if (scheme === 'about:' && parsed.pathname === 'reader') {
    const inner = parsed.searchParams.get('url');
    if (inner) return checkAttachable(inner);
  }
  if (scheme === 'about:' && (parsed.pathname === 'blank' || parsed.pathname === 'newtab')) {
    return refuse('This tab has no address yet');
  }
  if (BROWSER_SCHEMES.has(scheme)) {
    const shown = scheme === 'about:' ? 'about:' : `${scheme}//`;
    return refuse(`Browser pages (${shown}) can't be attached`);
  }
  if (EXTENSION_SCHEMES.has(scheme)) return refuse("Extension pages can't be attached");
  if (scheme === 'file:') {
    return refuse("Files on your computer (file://) can't be attached, only web pages");
  }
  if (scheme === 'view-source:') {
    return refuse("Page source views (view-source:) can't be attached: attach the page itself");
  }
  if (scheme === 'javascript:') return refuse("Scripts (javascript:) can't be attached");
  if (scheme === 'data:' || scheme === 'blob:') {
    return refuse(`Pages made in the browser (${scheme}) can't be attached`);
  }
  return refuse(`Only web pages (http or https) can be attached, not ${scheme} addresses`);
}

function refuse(reason: string): AttachableCheck {
  return { ok: false, reason };
}
