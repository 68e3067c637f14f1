import { decodeEntities } from './decode-entities';

const SAFE_SCHEME = /^(?:https?|mailto):/;
const MAX_DECODE_ROUNDS = 5;

/** Percent-decodes byte by byte, so malformed escapes never throw. */
function decodePercent(value: string): string {
  return value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/**
 * Returns the URL when it is a web or mail link, else null. The scheme is judged the way a browser
 * would see it after entities, percent-escapes, whitespace, control characters and case are
 * undone, so `jav&#x09;ascript:` or `JAVA%53CRIPT:` cannot slip through.
 */
export function acceptLinkUrl(url: string): string | null {
  const trimmed = url.trim();
  if (!SAFE_SCHEME.test(trimmed.toLowerCase())) return null;
  let decoded = trimmed;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    const next = decodePercent(decodeEntities(decoded));
    if (next === decoded) break;
    decoded = next;
  }
  // eslint-disable-next-line no-control-regex
  const bare = decoded.replace(/[\u0000-\u0020\u007f-\u009f\s]/g, '').toLowerCase();
  return SAFE_SCHEME.test(bare) ? trimmed : null;
}
