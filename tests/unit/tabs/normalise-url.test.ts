import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../../lib/domain/tabs/normalise-url';

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
    ['drops an empty fragment', 'https://kubernetes.io/docs/#', 'https://kubernetes.io/docs'],
    [
      'drops heading anchors',
      'https://kubernetes.io/docs/concepts/overview/#why-you-need-kubernetes',
      'https://kubernetes.io/docs/concepts/overview',
    ],
    [
      'drops text fragments',
      'https://craftinginterpreters.com/scanning.html#:~:text=lexeme',
      'https://craftinginterpreters.com/scanning.html',
    ],
    [
      'keeps SPA hash routes',
      'https://app.example.com/#/projects/42?tab=1',
      'https://app.example.com/#/projects/42?tab=1',
    ],
    [
      'keeps hashbang routes',
      'https://old.example.com/#!/thread/9',
      'https://old.example.com/#!/thread/9',
    ],
    [
      'strips a text directive after a route',
      'https://app.example.com/#/a:~:text=b',
      'https://app.example.com/#/a',
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
