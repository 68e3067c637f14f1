import { describe, expect, it } from 'vitest';
import { classifyResource } from '../../../lib/domain/tabs/classify-resource';
import { normaliseUrl } from '../../../lib/domain/tabs/normalise-url';
import { collectQueryTerms } from '../../../lib/domain/tabs/query-terms';
import { readRepository } from '../../../lib/domain/tabs/read-repository';
import { readUrlKeys } from '../../../lib/domain/tabs/read-url-keys';
import { hostName, isOnSite, siteHost } from '../../../lib/domain/tabs/site-host';
import { suggestProjects } from '../../../lib/domain/tabs/suggest-projects';
import { buildSuggestionIndex } from '../../../lib/domain/tabs/suggestion-index';
import { buildExampleRows } from './example-roadmap-rows';

describe('hostName and siteHost', () => {
  it.each([
    ['https://github.com/x', 'github.com', 'github.com'],
    ['https://www.github.com/x', 'www.github.com', 'github.com'],
    ['https://GitHub.COM./x', 'github.com', 'github.com'],
    ['https://WWW.Example.com./', 'www.example.com', 'example.com'],
    // Only a leading `www.` label is furniture.
    ['https://www2.example.com/', 'www2.example.com', 'www2.example.com'],
    ['https://docs.www.example.com/', 'docs.www.example.com', 'docs.www.example.com'],
    ['https://www.com/', 'www.com', 'com'],
    ['http://127.0.0.1:8080/', '127.0.0.1', '127.0.0.1'],
  ])('%s is host %s on site %s', (url, host, site) => {
    expect(hostName(new URL(url))).toBe(host);
    expect(siteHost(new URL(url))).toBe(site);
  });

  it.each([
    ['github.com', 'github.com', true],
    ['docs.github.com', 'github.com', true],
    ['notgithub.com', 'github.com', false],
    ['github.com.evil.org', 'github.com', false],
  ])('%s is on %s: %s', (host, domain, on) => {
    expect(isOnSite(host, domain)).toBe(on);
  });
});

/**
 * Spellings of one site that the tab rules once read differently: some dropped a trailing dot
 * and some did not, one lower-cased and the rest relied on the URL parser.
 */
const SAME_SITE: Array<[variant: string, plain: string]> = [
  [
    'https://github.com./tripathi456/gvisor-based-python-repl',
    'https://github.com/tripathi456/gvisor-based-python-repl',
  ],
  ['https://WWW.GitHub.com./tinygrad/tinygrad', 'https://github.com/tinygrad/tinygrad'],
  ['https://www.youtube.com./watch?v=PziYflu8cB8', 'https://youtube.com/watch?v=PziYflu8cB8'],
  ['https://www.npmjs.com./package/preact', 'https://npmjs.com/package/preact'],
  ['https://firecracker-microvm.github.io./', 'https://firecracker-microvm.github.io/'],
  ['https://kubernetes.io./docs/concepts/', 'https://www.kubernetes.io/docs/concepts/'],
  ['https://arxiv.org./abs/2006.15704', 'https://arxiv.org/abs/2006.15704'],
];

const index = buildSuggestionIndex({ ...buildExampleRows(), resources: [] });

describe('every tab rule reads a site the same way', () => {
  it.each(SAME_SITE)('%s is %s', (variant, plain) => {
    const read = (url: string) => {
      const keys = readUrlKeys(url);
      return {
        site: siteHost(new URL(url)),
        kind: classifyResource(url),
        repository: readRepository(url),
        keys: keys && { repo: keys.repo, owner: keys.owner, host: keys.host },
        terms: collectQueryTerms(index, { url, title: '' }).map(({ term }) => term),
        suggestions: suggestProjects(index, { url, title: '' }),
      };
    };
    expect(read(variant)).toEqual(read(plain));
  });

  it('keeps `www.` in page keys, where it may name another page, and drops the final dot', () => {
    expect(normaliseUrl('https://www.example.com./a')).toBe('https://www.example.com/a');
    expect(normaliseUrl('https://example.com/a')).toBe('https://example.com/a');
  });

  it('finds a roadmap link’s repository from a fully qualified host', () => {
    const [top] = suggestProjects(index, {
      url: 'https://github.com./tripathi456/gvisor-based-python-repl',
      title: '',
    });
    expect(top?.projectId).toBe('p-gvisor-forevervm');
    expect(top?.reasons[0]).toBe('same page as a link in the roadmap');
  });
});
