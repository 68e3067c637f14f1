/**
 * One canonical form per web page, so attaching the same page twice maps to the same row.
 *
 * - Scheme and host lower-cased, default ports dropped, credentials dropped (never stored).
 * - Tracking parameters dropped (see TRACKING_PARAMS); the remaining parameters keep their order,
 *   because some servers read them positionally and a reorder would be a different page to them.
 * - Fragments: `#/route` and `#!route` are SPA routes and kept; anything else (`#`, `#top`,
 *   heading anchors, `#:~:text=` text fragments) points into the same document and is dropped.
 * - A trailing slash on a non-root path is dropped (`/docs/` = `/docs`): servers redirect one to
 *   the other, and tabs show either depending on the link that was followed. The root keeps `/`.
 * - Anything that is not an http(s) URL is returned trimmed and otherwise unchanged.
 */

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

/** Share parameters that are tracking only on some hosts (`si` is a real param elsewhere). */
const HOST_TRACKING_PARAMS: ReadonlyArray<[RegExp, ReadonlySet<string>]> = [
  [/(^|\.)(youtube\.com|youtu\.be)$/, new Set(['si', 'feature', 'pp', 'ab_channel'])],
  [/(^|\.)spotify\.com$/, new Set(['si'])],
  [/(^|\.)(twitter\.com|x\.com)$/, new Set(['s', 't'])],
  [/(^|\.)linkedin\.com$/, new Set(['trk', 'trackingid', 'refid'])],
];

export function isTrackingParam(name: string, host: string): boolean {
  const key = name.toLowerCase();
  if (TRACKING_PARAMS.has(key)) return true;
  if (TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix))) return true;
  return HOST_TRACKING_PARAMS.some(
    ([hostPattern, names]) => hostPattern.test(host) && names.has(key),
  );
}

/** Keeps SPA routes (`#/x`, `#!x`); everything else addresses a spot in the same document. */
function normaliseFragment(hash: string): string {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  // Text fragments may trail a real fragment: `#intro:~:text=foo`.
  const directive = fragment.indexOf(':~:');
  const kept = directive >= 0 ? fragment.slice(0, directive) : fragment;
  return kept.startsWith('/') || kept.startsWith('!') ? `#${kept}` : '';
}

/** Filters the raw query so kept parameters keep their exact original encoding. */
function stripTrackingParams(search: string, host: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(decodeParamName(pair), host));
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

function decodeParamName(pair: string): string {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  return normaliseParsedUrl(parsed) ?? trimmed;
}

/** The canonical form of an already parsed URL, or null when it is not http(s). */
export function normaliseParsedUrl(parsed: URL): string | null {
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;

  // URL already lower-cases scheme and host and drops default ports; drop what remains.
  const host = parsed.hostname.replace(/\.$/, '');
  const query = parsed.search === '' ? '' : stripTrackingParams(parsed.search, host);
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') || '/' : '/';
  const port = parsed.port ? `:${parsed.port}` : '';
  const fragment = parsed.hash === '' ? '' : normaliseFragment(parsed.hash);
  return `${parsed.protocol}//${host}${port}${path}${query}${fragment}`;
}
