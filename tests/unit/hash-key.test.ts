import { describe, expect, it } from 'vitest';
import { hashKey, hashNumber } from '../../lib/domain/hash-key';

describe('hashKey', () => {
  // Published FNV-1a 32-bit vectors: exported notes carry these ids, so they must never change.
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('hashes %j to %s', (text, expected) => {
    expect(hashKey(text)).toBe(expected);
    expect(hashNumber(text)).toBe(Number.parseInt(expected, 16));
  });
});
