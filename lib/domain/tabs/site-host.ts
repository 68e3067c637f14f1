/**
 * The one reading of a URL's host that every tab rule shares. `new URL` already lower-cases the
 * host of web addresses; what is left are two spellings of the same name.
 */

/**
 * The host without the final dot of a fully qualified name: `github.com.` is `github.com` to
 * DNS and to the browser. Kept with `www.`: as an address, `www.` may serve another page.
 */
export function hostName(parsed: URL): string {
  const host = parsed.hostname.toLowerCase();
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** The site a page is on, for rules about sites: `www.github.com.` is `github.com`. */
export function siteHost(parsed: URL): string {
  const host = hostName(parsed);
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** `host` is `domain` or one of its subdomains (`docs.github.com` is on `github.com`). */
export function isOnSite(host: string, domain: string): boolean {
  return (
    host === domain ||
    (host.endsWith(domain) && host.charCodeAt(host.length - domain.length - 1) === 0x2e)
  );
}
