import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { legacyPageKey, normaliseUrl, storedAddress } from '../../../lib/domain/tabs/normalise-url';
import { countStringWork } from '../../support/count-string-work';

/** Chrome's longest address. */
const LONGEST = 2 * 1024 * 1024;
/** The same input, capped: the work per character must not grow from here to LONGEST. */
const CAPPED = 64 * 1024;

/** Long runs of each character the normaliser looks for, in each part of an address. */
const ADVERSARIAL: Array<[string, (n: number) => string]> = [
  ['slashes inside the path', (n) => `https://e.org/${'/'.repeat(n)}a`],
  ['slashes ending the path', (n) => `https://e.org/a${'/'.repeat(n)}`],
  ['slashes in the fragment', (n) => `https://e.org/#${'/'.repeat(n)}`],
  ['dots in the host', (n) => `https://e${'.'.repeat(n)}org/`],
  ['dots ending the host', (n) => `https://${'e.'.repeat(n / 2)}/`],
  ['dots in the path', (n) => `https://e.org/${'.'.repeat(n)}a/`],
  ['www. runs in the host', (n) => `https://${'www.'.repeat(n / 4)}youtube.com/watch?si=1`],
  ['percent signs in the path', (n) => `https://e.org/${'%'.repeat(n)}`],
  ['percent signs in the query', (n) => `https://e.org/?${'%'.repeat(n)}`],
  ['percent signs in the fragment', (n) => `https://e.org/#${'%'.repeat(n)}`],
  ['question marks', (n) => `https://e.org/?${'?'.repeat(n)}`],
  ['ampersands', (n) => `https://e.org/?${'&'.repeat(n)}`],
  ['equals signs', (n) => `https://e.org/?${'='.repeat(n)}`],
  ['plus signs in a name', (n) => `https://e.org/?${'+'.repeat(n)}=1`],
  ['tracking pairs', (n) => `https://www.youtube.com/watch?${'si=1&'.repeat(n / 5)}v=x`],
  [
    'a long host with many pairs',
    (n) => `https://${'a.'.repeat(n / 4)}youtube.com/?${'si=1&'.repeat(n / 10)}`,
  ],
  ['text directive marks', (n) => `https://e.org/#${':~:'.repeat(n / 3)}`],
  ['anchor marks', (n) => `https://e.org/#${'-'.repeat(n)}`],
  ['a key-like fragment', (n) => `https://e.org/#${'aB1'.repeat(n / 3)}`],
  ['spaces around it', (n) => `${' '.repeat(n / 2)}https://e.org/${' '.repeat(n / 2)}`],
];

const NORMALISERS: Array<[string, (url: string) => unknown]> = [
  ['normaliseUrl', normaliseUrl],
  ['storedAddress', storedAddress],
  ['legacyPageKey', legacyPageKey],
];

const workPerCharacter = (normalise: (url: string) => unknown, url: string) =>
  countStringWork(() => normalise(url)).work / url.length;

describe('URL normalisation is linear in the address length', () => {
  describe.each(NORMALISERS)('%s', (_name, normalise) => {
    it.each(ADVERSARIAL)('%s', (_case, make) => {
      const capped = workPerCharacter(normalise, make(CAPPED));
      const longest = workPerCharacter(normalise, make(LONGEST));
      // A quadratic step would do 32 times the work per character at 32 times the length.
      expect(longest).toBeLessThanOrEqual(capped * 1.1 + 0.01);
      expect(longest).toBeLessThan(20);
    });
  });

  it('uses no regular expression, whose work no count can bound', () => {
    const path = 'lib/domain/tabs/normalise-url.ts';
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
    const patterns: string[] = [];
    const visit = (node: ts.Node) => {
      if (
        ts.isRegularExpressionLiteral(node) ||
        (ts.isIdentifier(node) && node.text === 'RegExp')
      ) {
        patterns.push(node.getText(source));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(patterns).toEqual([]);
  });
});
