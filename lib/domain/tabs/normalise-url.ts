/**
 * Two forms of a web page's address.
 *
 * `storedAddress` is what Waymark keeps and opens: the tab's own address without what never
 * changes the page: credentials (never stored), tracking parameters (TRACKING_PARAMS), a text
 * fragment (`#:~:text=`, a highlight) and an empty `#`. Path and fragment stay as they were, so
 * the address keeps working (`https://mega.nz/file/AbCdEf#SecretKey123` opens the file).
 *
 * `normaliseUrl` is the key under which two addresses are the same page, so attaching a page twice
 * updates one row. On top of the above it drops the host's trailing dot, a non-root path's
 * trailing slashes (`/docs/` = `/docs`; the root keeps `/`), and every fragment that is an
 * in-page anchor. The remaining parameters keep their order: some servers read them positionally.
 *
 * A fragment (less any `:~:` directive) carries content, and stays in the key, when it
 * - starts with `/` or `!`: a hash route (`#/path`, `#!/path`);
 * - has a character other than ASCII letters, digits, `-`, `_`, `.`, `:` and `%`: state or data
 *   (`#inbox/FMfcgz…`, `#json=abc,KEY`, `#map=15/51.5/-0.1`, a PDF's `#page=3`);
 * - has a run of 8 or more letters and digits mixing upper case, lower case and digits, the shape
 *   of a key (`#SecretKey123`, a PrivateBin key); `%XX` escapes end a run;
 * - or is on a host whose fragments are all content (CONTENT_FRAGMENT_HOSTS).
 * Anything else is an in-page anchor of the same document: `#section-2`, `#History`, GitHub's
 * line anchors `#L10-L20`, `#v1.2.3`. Doubtful cases lean to content: two rows for one page do
 * less harm than one row standing for two pages.
 *
 * Every step is a single pass: tab addresses come from web pages (up to 2 MB in Chrome), so
 * nothing here may take more than linear time, which is why there is no regular expression.
 * Anything that is not an http(s) URL is returned trimmed and otherwise unchanged.
 */

import { hostName, isOnSite } from './site-host';

/** Exact parameter names (lower-case) that only identify a campaign, click or share. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmkt',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  '_ga',
  '_gl',
  'ref_src',
  'ref_url',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'wt.mc_id',
  's_cid',
  'srsltid',
  'spm',
]);

/** Prefixes of tracking parameter families (`utm_source`, `utm_medium`, ...). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_'];

/** Share parameters that are tracking only on some sites (`si` is a real param elsewhere). */
const SITE_TRACKING_PARAMS: ReadonlyArray<[readonly string[], readonly string[]]> = [
  [
    ['youtube.com', 'youtu.be'],
    ['si', 'feature', 'pp', 'ab_channel'],
  ],
  [['spotify.com'], ['si']],
  [
    ['twitter.com', 'x.com'],
    ['s', 't'],
  ],
  [['linkedin.com'], ['trk', 'trackingid', 'refid']],
];

/** Sites that keep a file's key or a document's state in every fragment they use. */
const CONTENT_FRAGMENT_HOSTS = [
  'mega.nz',
  'mega.io',
  'mail.google.com',
  'excalidraw.com',
  'app.diagrams.net',
  'drive.proton.me',
];

const KEY_RUN = 8;

/** The tracking test for one host: the site's own share parameters are looked up once. */
function trackingTest(host: string): (name: string) => boolean {
  const siteParams = new Set(
    SITE_TRACKING_PARAMS.filter(([sites]) => sites.some((site) => isOnSite(host, site))).flatMap(
      ([, names]) => names,
    ),
  );
  return (name) => {
    const key = name.toLowerCase();
    return (
      TRACKING_PARAMS.has(key) ||
      TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix)) ||
      siteParams.has(key)
    );
  };
}

/** Filters the raw query so kept parameters keep their exact original encoding. */
function stripTrackingParams(search: string, host: string): string {
  if (search === '') return '';
  const isTracking = trackingTest(host);
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTracking(decodeParamName(pair)));
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

function decodeParamName(pair: string): string {
  const end = pair.indexOf('=');
  const raw = end < 0 ? pair : pair.slice(0, end);
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return raw;
  }
}

/** The fragment without `#` and without a text directive (`#intro:~:text=foo` -> `intro`). */
function fragmentOf(hash: string): string {
  const fragment = hash.slice(1);
  const directive = fragment.indexOf(':~:');
  return directive < 0 ? fragment : fragment.slice(0, directive);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isSlugMark = (c: number) => c === 0x2d || c === 0x5f || c === 0x2e || c === 0x3a;

/** `#/path` or `#!path`: kept by every version of Waymark. */
function isHashRoute(fragment: string): boolean {
  const first = fragment.charCodeAt(0);
  return first === 0x2f || first === 0x21;
}

/** True when the fragment carries content rather than naming a spot in the document. */
function isContentFragment(fragment: string, host: string): boolean {
  if (fragment === '') return false;
  if (isHashRoute(fragment) || CONTENT_FRAGMENT_HOSTS.some((site) => isOnSite(host, site))) {
    return true;
  }
  // One pass over the runs of letters and digits, the marks and `%XX` escapes ending them.
  let run = 0;
  let classes = 0;
  for (let i = 0; i < fragment.length; i += 1) {
    const c = fragment.charCodeAt(i);
    const kind = isDigit(c) ? 1 : isUpper(c) ? 2 : isLower(c) ? 4 : 0;
    if (kind !== 0) {
      run += 1;
      classes |= kind;
      if (run >= KEY_RUN && classes === 7) return true;
      continue;
    }
    if (c === 0x25) i += 2;
    else if (!isSlugMark(c)) return true;
    run = 0;
    classes = 0;
  }
  return false;
}

/** A path without its trailing slashes, scanned from the end; the root stays `/`. */
function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end -= 1;
  return end === 0 ? '/' : path.slice(0, end);
}

function parseWebUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** The address to store and open (see the top of this file). */
export function storedAddress(url: string): string {
  const trimmed = url.trim();
  const parsed = parseWebUrl(trimmed);
  if (!parsed) return trimmed;
  const query = stripTrackingParams(parsed.search, hostName(parsed));
  const fragment = fragmentOf(parsed.hash);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query}${fragment && `#${fragment}`}`;
}

/** The key two addresses of the same page share (see the top of this file). */
export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  const parsed = parseWebUrl(trimmed);
  return parsed ? pageKey(parsed, true) : trimmed;
}

/** The key of an already parsed URL, or null when it is not http(s). */
export function normaliseParsedUrl(parsed: URL): string | null {
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? pageKey(parsed, true) : null;
}

/**
 * The key an older Waymark stored this address under, when it differs: it kept only hash routes,
 * so a row attached then with a content fragment lost it. Such a row is still the same page.
 */
export function legacyPageKey(url: string): string | null {
  const parsed = parseWebUrl(url.trim());
  if (!parsed) return null;
  const fragment = fragmentOf(parsed.hash);
  return isHashRoute(fragment) || !isContentFragment(fragment, hostName(parsed))
    ? null
    : pageKey(parsed, false);
}

function pageKey(parsed: URL, withContent: boolean): string {
  // URL already lower-cases scheme and host and drops default ports; drop what remains.
  const host = hostName(parsed);
  const query = stripTrackingParams(parsed.search, host);
  const path = trimTrailingSlashes(parsed.pathname);
  const port = parsed.port ? `:${parsed.port}` : '';
  const fragment = fragmentOf(parsed.hash);
  const kept = withContent && isContentFragment(fragment, host) ? `#${fragment}` : '';
  return `${parsed.protocol}//${host}${port}${path}${query}${kept}`;
}
