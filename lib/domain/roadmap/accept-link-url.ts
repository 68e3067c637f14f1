const SAFE_SCHEME = /^(?:https?|mailto):/;

/**
 * Returns the URL, trimmed, when its text starts with a web or mail scheme in any case, else
 * null. Entities, percent-escapes, whitespace and control characters can only come after that
 * scheme, so nothing a browser undoes can turn it into another one: `jav&#x09;ascript:` and
 * `JAVA%53CRIPT:` are refused because they do not start with one.
 */
export function acceptLinkUrl(url: string): string | null {
  const trimmed = url.trim();
  return SAFE_SCHEME.test(trimmed.toLowerCase()) ? trimmed : null;
}
