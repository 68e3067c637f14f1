import { describe, expect, it } from 'vitest';
import { legacyPageKey, normaliseUrl, storedAddress } from '../../../lib/domain/tabs/normalise-url';

const PRIVATEBIN_KEY = '9qNdK7qBXnBh7Bu8ZP9hXkNHPEZuQaZ7DNXfJ7ZkKxyP';
const GMAIL_THREAD = 'FMfcgzQXJWDsKmLqZrXbTmtHcKdSxVgN';

/** [case, address, stored and opened, key] */
type Row = [string, string, string, string];

/** Addresses whose fragment carries content: stored, opened and keyed as they are. */
const KEPT_AS_IS: Array<[string, string]> = [
  ['a MEGA file key', 'https://mega.nz/file/AbCdEf#SecretKey123'],
  ['an Excalidraw drawing', 'https://excalidraw.com/#json=abc,KEY'],
  ['a PrivateBin paste', `https://privatebin.net/?f468483c313401e8#${PRIVATEBIN_KEY}`],
  ['a self-hosted PrivateBin', `https://bin.example.net/?f468483c313401e8#${PRIVATEBIN_KEY}`],
  ['an SPA hash route', 'https://app.example.com/#/projects/42?tab=1'],
  ['a hashbang route', 'https://old.example.com/#!/thread/9'],
  ['a hashbang route without slash', 'https://old.example.com/#!thread/9'],
  ['map state', 'https://www.openstreetmap.org/#map=15/51.5074/-0.1278'],
  ['a PDF page, leaning to content', 'https://arxiv.org/pdf/2408.14158#page=3'],
];

describe('fragments: kept where they carry content, dropped from the key where they are anchors', () => {
  it.each<Row>([
    ...KEPT_AS_IS.map(([name, url]): Row => [name, url, url, url]),
    [
      'a Gmail thread',
      `https://mail.google.com/mail/u/0/#inbox/${GMAIL_THREAD}`,
      `https://mail.google.com/mail/u/0/#inbox/${GMAIL_THREAD}`,
      `https://mail.google.com/mail/u/0#inbox/${GMAIL_THREAD}`,
    ],
    [
      'a Gmail folder (every Gmail fragment is content)',
      'https://mail.google.com/mail/u/0/#inbox',
      'https://mail.google.com/mail/u/0/#inbox',
      'https://mail.google.com/mail/u/0#inbox',
    ],
    [
      'a section anchor',
      'https://kubernetes.io/docs/concepts/#section-2',
      'https://kubernetes.io/docs/concepts/#section-2',
      'https://kubernetes.io/docs/concepts',
    ],
    [
      'a heading anchor',
      'https://en.wikipedia.org/wiki/Raft_(algorithm)#History',
      'https://en.wikipedia.org/wiki/Raft_(algorithm)#History',
      'https://en.wikipedia.org/wiki/Raft_(algorithm)',
    ],
    [
      'a heading with digits',
      'https://en.wikipedia.org/wiki/Moon#Apollo_11',
      'https://en.wikipedia.org/wiki/Moon#Apollo_11',
      'https://en.wikipedia.org/wiki/Moon',
    ],
    [
      'a non-ASCII heading',
      'https://de.wikipedia.org/wiki/Raft#Übersicht',
      'https://de.wikipedia.org/wiki/Raft#%C3%9Cbersicht',
      'https://de.wikipedia.org/wiki/Raft',
    ],
    [
      'GitHub line anchors',
      'https://github.com/git/git/blob/master/refs.c#L10-L20',
      'https://github.com/git/git/blob/master/refs.c#L10-L20',
      'https://github.com/git/git/blob/master/refs.c',
    ],
    [
      'a version anchor',
      'https://docs.rs/tokio/latest/tokio/#v1.2.3',
      'https://docs.rs/tokio/latest/tokio/#v1.2.3',
      'https://docs.rs/tokio/latest/tokio',
    ],
    [
      'a text fragment',
      'https://craftinginterpreters.com/scanning.html#:~:text=lexeme',
      'https://craftinginterpreters.com/scanning.html',
      'https://craftinginterpreters.com/scanning.html',
    ],
    [
      'a text fragment after an anchor',
      'https://craftinginterpreters.com/scanning.html#intro:~:text=lexeme',
      'https://craftinginterpreters.com/scanning.html#intro',
      'https://craftinginterpreters.com/scanning.html',
    ],
    [
      'a text fragment after a route',
      'https://app.example.com/#/a:~:text=b',
      'https://app.example.com/#/a',
      'https://app.example.com/#/a',
    ],
    [
      'an empty fragment',
      'https://kubernetes.io/docs/#',
      'https://kubernetes.io/docs/',
      'https://kubernetes.io/docs',
    ],
  ])('%s', (_name, url, stored, key) => {
    expect(storedAddress(url)).toBe(stored);
    expect(normaliseUrl(url)).toBe(key);
    expect(normaliseUrl(stored)).toBe(key);
  });

  it.each([
    ['https://mega.nz/file/AbCdEf#SecretKey123', 'https://mega.nz/file/AbCdEf'],
    ['https://excalidraw.com/#json=abc,KEY', 'https://excalidraw.com/'],
    [`https://mail.google.com/mail/u/0/#inbox/${GMAIL_THREAD}`, 'https://mail.google.com/mail/u/0'],
    // Hash routes were always kept, anchors never: their key did not change.
    ['https://app.example.com/#/projects/42', null],
    ['https://old.example.com/#!/thread/9', null],
    ['https://kubernetes.io/docs/#section-2', null],
    ['https://kubernetes.io/docs/', null],
    ['chrome://extensions/', null],
  ])('an older Waymark stored %s under %s', (url, legacy) => {
    expect(legacyPageKey(url)).toBe(legacy);
  });
});

describe('storedAddress', () => {
  it.each([
    ['drops credentials', 'https://user:secret@example.org/a/', 'https://example.org/a/'],
    [
      'drops tracking parameters and keeps the rest in order',
      'https://fly.io/dist-sys/3a/?utm_source=newsletter&b=2&utm_medium=email&a=1#step-2',
      'https://fly.io/dist-sys/3a/?b=2&a=1#step-2',
    ],
    [
      'keeps the path as the site wrote it',
      'HTTPS://Kubernetes.IO:443/docs/Concepts/',
      'https://kubernetes.io/docs/Concepts/',
    ],
    ['keeps other ports', 'http://localhost:8080/docs/', 'http://localhost:8080/docs/'],
    ['leaves non-web URLs alone', ' chrome://extensions/ ', 'chrome://extensions/'],
    ['leaves unparseable text alone', 'not a url', 'not a url'],
  ])('%s', (_name, input, expected) => {
    expect(storedAddress(input)).toBe(expected);
    expect(storedAddress(expected)).toBe(expected);
  });
});

describe('normaliseUrl', () => {
  it.each([
    [
      'lower-cases scheme and host',
      'HTTPS://Kubernetes.IO/docs/Concepts/',
      'https://kubernetes.io/docs/Concepts',
    ],
    [
      'drops default https port',
      'https://craftinginterpreters.com:443/contents.html',
      'https://craftinginterpreters.com/contents.html',
    ],
    ['drops default http port', 'http://example.org:80/a', 'http://example.org/a'],
    ['keeps other ports', 'http://localhost:8080/docs/', 'http://localhost:8080/docs'],
    ['keeps the root slash', 'https://gvisor.dev', 'https://gvisor.dev/'],
    [
      'drops trailing slash on paths',
      'https://github.com/tinygrad/tinygrad/',
      'https://github.com/tinygrad/tinygrad',
    ],
    [
      'drops utm_* and keeps real params in order',
      'https://fly.io/dist-sys/3a/?utm_source=newsletter&b=2&utm_medium=email&a=1',
      'https://fly.io/dist-sys/3a?b=2&a=1',
    ],
    [
      'drops click ids',
      'https://medium.com/@x/raft-explained-1234?fbclid=IwAR0abc&gclid=Cj0K&msclkid=99&dclid=1&yclid=2',
      'https://medium.com/@x/raft-explained-1234',
    ],
    [
      'drops mailchimp and hubspot ids',
      'https://blog.example.com/post?mc_cid=abc&mc_eid=def&_hsenc=p2&_hsmkt=x&id=7',
      'https://blog.example.com/post?id=7',
    ],
    [
      'drops YouTube share params but keeps the video and time',
      'https://www.youtube.com/watch?v=PziYflu8cB8&si=ZxY1&feature=shared&t=42',
      'https://www.youtube.com/watch?v=PziYflu8cB8&t=42',
    ],
    [
      'keeps si on other hosts',
      'https://example.org/search?si=3',
      'https://example.org/search?si=3',
    ],
    [
      'drops twitter ref_src',
      'https://twitter.com/jepsen_io/status/1?ref_src=twsrc%5Etfw&s=20',
      'https://twitter.com/jepsen_io/status/1',
    ],
    [
      'drops an empty query',
      'https://docs.rs/tokio/latest/tokio/?',
      'https://docs.rs/tokio/latest/tokio',
    ],
    [
      'keeps encoding of kept params',
      'https://www.google.com/search?q=raft%20consensus&utm_x=1',
      'https://www.google.com/search?q=raft%20consensus',
    ],
    ['drops credentials', 'https://user:secret@example.org/a', 'https://example.org/a'],
    ['leaves non-web URLs alone', ' chrome://extensions/ ', 'chrome://extensions/'],
    ['leaves unparseable text alone', 'not a url', 'not a url'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it.each([
    [
      'https://github.com/deepseek-ai/3FS',
      'https://github.com/deepseek-ai/3FS/?utm_source=hn#readme',
      'HTTPS://GITHUB.COM:443/deepseek-ai/3FS#:~:text=file',
    ],
    [
      'https://arxiv.org/abs/2408.14158',
      'https://arxiv.org/abs/2408.14158/?fbclid=abc',
      'https://arxiv.org/abs/2408.14158#S3',
    ],
  ])('maps the same page to one URL: %s', (...variants) => {
    expect(new Set(variants.map(normaliseUrl)).size).toBe(1);
  });

  it('is idempotent', () => {
    const once = normaliseUrl('https://Example.org:443/a/b/?utm_campaign=x&q=1#top');
    expect(normaliseUrl(once)).toBe(once);
  });
});
