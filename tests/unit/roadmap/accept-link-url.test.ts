import fc from 'fast-check';
import { unescapeAll } from 'markdown-it/lib/common/utils.mjs';
import { describe, expect, it } from 'vitest';
import { acceptLinkUrl } from '../../../lib/domain/roadmap/accept-link-url';

/** The scheme a browser would see: entities and percent-escapes undone until stable, then the
 * whitespace and control characters it skips removed. */
function schemeSeen(url: string): string {
  let seen = url;
  for (let round = 0; round < 8; round++) {
    const next = unescapeAll(seen.replace(/\\/g, '\\\\')).replace(/%([0-9a-f]{2})/gi, (_, hex) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    if (next === seen) break;
    seen = next;
  }
  // eslint-disable-next-line no-control-regex
  const bare = seen.replace(/[\u0000-\u0020\u007f-\u009f\s]/g, '').toLowerCase();
  return /^[^:]*:/.exec(bare)?.[0] ?? '';
}

describe('acceptLinkUrl', () => {
  it.each([
    ['https://craftinginterpreters.com/', 'https://craftinginterpreters.com/'],
    ['  HTTP://Example.org/a b  ', 'HTTP://Example.org/a b'],
    ['mailto:me@example.org', 'mailto:me@example.org'],
    ['https://x.org/?q=a&amp;b=%41', 'https://x.org/?q=a&amp;b=%41'],
    ['javascript:alert(1)', null],
    ['jav&#x09;ascript:alert(1)', null],
    ['JAVA%53CRIPT:alert(1)', null],
    ['&#104;ttps://x.org/', null],
    ['%68ttps://x.org/', null],
    ['ht\ttps://x.org/', null],
    ['\u0001https://x.org/', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['/relative/path', null],
    ['', null],
  ])('%j gives %j', (url, expected) => {
    expect(acceptLinkUrl(url)).toBe(expected);
  });

  it('accepts only what a browser would also read as a web or mail link', () => {
    const piece = fc.constantFrom(
      'h',
      't',
      'p',
      's',
      'H',
      'T',
      'mailto',
      'javascript',
      'data',
      ':',
      '/',
      '&#',
      'x',
      '0',
      '9',
      ';',
      '&tab;',
      '&colon;',
      '%',
      '3a',
      '68',
      '\t',
      '\n',
      ' ',
      '\u0000',
      '\u00a0',
      'é',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.constantFrom('', 'https:', 'HTTP:', 'mailto:'),
        (pieces, start) => {
          const url = start + pieces.join('');
          const accepted = acceptLinkUrl(url);
          if (accepted !== null)
            expect(['http:', 'https:', 'mailto:']).toContain(schemeSeen(accepted));
          if (url.trim().toLowerCase().startsWith('https:')) expect(accepted).toBe(url.trim());
        },
      ),
      { numRuns: 2000 },
    );
  });
});
