import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../wxt.config';

const readme = readFileSync('README.md', 'utf8');

/** Rows of the README's permission table: `| \`name\` | why |`. */
const documented = new Map(
  [...readme.matchAll(/^\|\s*`([A-Za-z]+)`\s*\|\s*(.+?)\s*\|$/gm)].map((m) => [
    m[1],
    m[2]?.trim() ?? '',
  ]),
);

describe('permissions', () => {
  it('each permission the manifest asks for has a README line saying why', () => {
    for (const permission of PERMISSIONS)
      expect(documented.get(permission), permission).toMatch(/\w{3,}/);
  });

  it('the README documents no permission the manifest does not ask for', () => {
    expect([...documented.keys()].sort()).toEqual([...PERMISSIONS].sort());
  });
});
