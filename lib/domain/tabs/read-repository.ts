import { siteHost } from './site-host';

/** A code repository (or its owner) named by a URL, keyed the same way whichever page of it is open. */
export interface RepositoryRef {
  /** The forge, e.g. `github.com`; GitHub Pages sites map to `github.com`. */
  host: string;
  owner: string;
  /** Missing on an owner's own page (`github.com/tinygrad`). */
  name?: string;
  /** True for GitHub Pages and package registries: about code, but not the code itself. */
  site: boolean;
}

/** First path segments that are GitHub features, not users. */
const GITHUB_RESERVED = new Set([
  'about',
  'apps',
  'blog',
  'codespaces',
  'collections',
  'contact',
  'copilot',
  'customer-stories',
  'enterprise',
  'events',
  'explore',
  'features',
  'issues',
  'join',
  'login',
  'logout',
  'marketplace',
  'new',
  'notifications',
  'orgs',
  'organizations',
  'pricing',
  'pulls',
  'readme',
  'search',
  'security',
  'settings',
  'site',
  'sponsors',
  'team',
  'topics',
  'trending',
  'users',
]);

const HUGGINGFACE_RESERVED = new Set([
  'blog',
  'chat',
  'collections',
  'docs',
  'join',
  'learn',
  'login',
  'models',
  'papers',
  'posts',
  'pricing',
  'settings',
  'tasks',
  'enterprise',
  'organizations',
]);

/** Forges where `/<owner>/<name>` is a repository. */
const FORGES = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'gitee.com']);

/** Package registries: `[host, path prefix]`; the package name is the next segment(s). */
const REGISTRIES: ReadonlyArray<[string, string]> = [
  ['npmjs.com', '/package/'],
  ['pypi.org', '/project/'],
  ['crates.io', '/crates/'],
  ['rubygems.org', '/gems/'],
  ['hub.docker.com', '/r/'],
  ['hub.docker.com', '/_/'],
];

/** Every host handled below: any other URL is rejected before its path is read (the index reads thousands). */
const REPOSITORY_HOSTS = new Set([
  ...FORGES,
  'gist.github.com',
  'git.sr.ht',
  'huggingface.co',
  'sourceforge.net',
  ...REGISTRIES.map(([host]) => host),
]);

/**
 * GitLab nests groups at most 20 deep, so owner, groups, project and `-` fit in this many
 * segments; no rule reads further, and a page may make its path a million segments long.
 */
const MAX_SEGMENTS = 24;

/** The first non-empty path segments, found without splitting the whole path. */
function segmentsOf(pathname: string): string[] {
  const segments: string[] = [];
  for (let start = 0; start < pathname.length && segments.length < MAX_SEGMENTS;) {
    const slash = pathname.indexOf('/', start);
    const end = slash === -1 ? pathname.length : slash;
    if (end > start) segments.push(pathname.slice(start, end));
    start = end + 1;
  }
  return segments;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function readRepository(url: string | URL): RepositoryRef | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const host = siteHost(parsed);
  if (!REPOSITORY_HOSTS.has(host) && !host.endsWith('.github.io')) return null;
  const segments = segmentsOf(parsed.pathname).map(decode);
  const [first, second] = segments;

  if (FORGES.has(host)) {
    if (!first || (host === 'github.com' && GITHUB_RESERVED.has(first))) return null;
    const owner = first.toLowerCase();
    if (!second) return { host, owner, site: false };
    // GitLab nests groups: the project path ends where `/-/` starts.
    const dash = segments.indexOf('-');
    const nameParts =
      host === 'gitlab.com' ? segments.slice(1, dash >= 0 ? dash : undefined) : [second];
    const name = nameParts
      .join('/')
      .replace(/\.git$/, '')
      .toLowerCase();
    return { host, owner, name, site: false };
  }
  if (host === 'gist.github.com' && first) {
    return {
      host: 'github.com',
      owner: first.toLowerCase(),
      ...(second ? { name: `gist/${second}` } : {}),
      site: false,
    };
  }
  if (host.endsWith('.github.io')) {
    const owner = host.slice(0, -'.github.io'.length);
    return {
      host: 'github.com',
      owner,
      ...(first ? { name: first.toLowerCase() } : {}),
      site: true,
    };
  }
  if (host === 'git.sr.ht' && first?.startsWith('~')) {
    return {
      host,
      owner: first.slice(1).toLowerCase(),
      ...(second ? { name: second.toLowerCase() } : {}),
      site: false,
    };
  }
  if (host === 'huggingface.co' && first && !HUGGINGFACE_RESERVED.has(first)) {
    const kindPrefixed = first === 'datasets' || first === 'spaces';
    const [owner, name] = kindPrefixed ? segments.slice(1) : segments;
    if (!owner) return null;
    const prefix = kindPrefixed ? `${first}/` : '';
    return {
      host,
      owner: owner.toLowerCase(),
      ...(name ? { name: `${prefix}${name.toLowerCase()}` } : {}),
      site: false,
    };
  }
  if (host === 'sourceforge.net' && first === 'projects' && second) {
    return { host, owner: second.toLowerCase(), name: second.toLowerCase(), site: false };
  }
  for (const [registryHost, prefix] of REGISTRIES) {
    if (host !== registryHost) continue;
    if (!parsed.pathname.startsWith(prefix)) continue;
    const rest = segmentsOf(parsed.pathname.slice(prefix.length)).map(decode);
    // Scoped npm packages (`@scope/name`) span two segments.
    const name = rest[0]?.startsWith('@') && rest[1] ? `${rest[0]}/${rest[1]}` : rest[0];
    if (name) return { host, owner: name.toLowerCase(), name: name.toLowerCase(), site: true };
  }
  return null;
}

/** `github.com/owner/name`, or null when the URL names no repository. */
export function repositoryKey(ref: RepositoryRef | null): string | null {
  return ref?.name ? `${ref.host}/${ref.owner}/${ref.name}` : null;
}

/** `github.com/owner`: GitHub Pages and the forge map to the same owner. */
export function ownerKey(ref: RepositoryRef | null): string | null {
  return ref ? `${ref.host}/${ref.owner}` : null;
}
