import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionsCheckboxInput } from '../../../lib/domain/roadmap/mentions-checkbox-input';

/** The pattern it replaces: right on every input, but it rescans the cell from every `<input`. */
const QUADRATIC = /<input\b[^>]*checkbox/i;

describe('mentionsCheckboxInput', () => {
  it.each([
    ['<input type="checkbox" checked id="7d8cec">', true],
    ['<INPUT TYPE=CHECKBOX>', true],
    ['<input\ntype="checkbox">', true],
    ['<input type="checkbox"', true],
    ['<input a <input type="checkbox">', true],
    ['<input type="text"> <input type="checkbox">', true],
    ['<input type="text"> checkbox', false],
    ['<inputx type="checkbox">', false],
    ['checkbox <input>', false],
    ['<input>checkbox', false],
    ['', false],
  ])('%j: %s', (html, expected) => {
    expect(mentionsCheckboxInput(html)).toBe(expected);
  });

  it('answers as the pattern does', () => {
    const pieces = ['<input', '<INPUT', '<inputx', ' ', '>', 'checkbox', 'CheckBox', 'check', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const html = parts.join('');
        expect(mentionsCheckboxInput(html)).toBe(QUADRATIC.test(html));
      }),
      { seed: 12, numRuns: 2_000 },
    );
  });
});
