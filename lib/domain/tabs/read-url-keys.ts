import { normaliseParsedUrl } from './normalise-url';
import { ownerKey, readRepository, repositoryKey } from './read-repository';
import { siteHost } from './site-host';

/** Sites shared by every topic: being on them says nothing about the project. */
const HUB_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'codeberg.org',
  'huggingface.co',
  'gist.github.com',
  'youtube.com',
  'youtu.be',
  'm.youtube.com',
  'vimeo.com',
  'medium.com',
  'substack.com',
  'dev.to',
  'google.com',
  'docs.google.com',
  'drive.google.com',
  'wikipedia.org',
  'en.wikipedia.org',
  'reddit.com',
  'old.reddit.com',
  'twitter.com',
  'x.com',
  'news.ycombinator.com',
  'lobste.rs',
  'stackoverflow.com',
  'arxiv.org',
  'dl.acm.org',
  'usenix.org',
  'linkedin.com',
  'amazon.com',
  'web.archive.org',
  'notion.so',
  'coursera.org',
  'udemy.com',
]);

/** The keys two addresses are compared by, from the same page to the same site. */
export interface UrlKeys {
  page: string;
  repo: string | null;
  owner: string | null;
  /** Null on hub sites, where sharing the site says nothing. */
  host: string | null;
  /** The repository owner as written in reasons. */
  ownerName: string | null;
}

/** One parse per URL: the index reads one per attached page, thousands at a time. */
export function readUrlKeys(url: string): UrlKeys | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const page = normaliseParsedUrl(parsed);
  if (page === null) return null;
  const ref = readRepository(parsed);
  const host = siteHost(parsed);
  return {
    page,
    repo: repositoryKey(ref),
    owner: ownerKey(ref),
    ownerName: ref?.owner ?? null,
    host: HUB_HOSTS.has(host) || host.endsWith('.github.io') ? null : host,
  };
}
