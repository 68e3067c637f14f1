import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../../lib/domain/tabs/normalise-url';
import { readRepository } from '../../../lib/domain/tabs/read-repository';

describe('one parse per URL in the suggestion index', () => {
  // The index now keys pages by the normalised string without parsing it a second time: that is
  // only the same key as before if the normalised form is already what URL would print.
  it('normalised URLs are a fixed point of URL parsing', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const normalised = normaliseUrl(url);
        expect(new URL(normalised).href).toBe(normalised);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['https://www.github.com/Tinygrad/tinygrad/tree/master', 'tinygrad'],
    ['https://www.npmjs.com/package/@scope/name', '@scope/name'],
    ['https://tripathi456.github.io/gvisor-notes/', 'tripathi456'],
  ])('still reads repositories on the hosts it knows: %s', (url, owner) => {
    expect(readRepository(url)?.owner).toBe(owner);
  });

  it('rejects other hosts before reading the path', () => {
    expect(readRepository('https://kubernetes.io/docs/concepts/')).toBeNull();
  });
});
