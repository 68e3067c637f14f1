import { describe, expect, it } from 'vitest';
import { projectFromHash, projectHash } from '../../lib/domain/project-hash';

describe('project addresses', () => {
  it.each(['p-1', 'a b/c#d', 'é'])('%s goes there and back', (id) => {
    expect(projectFromHash(projectHash(id))).toBe(id);
  });

  it.each([
    ['#roadmap', null],
    ['#roadmap/', null],
    ['#today/p-1', null],
    ['#roadmap/%E0%A4%A', null],
    [`#roadmap/${'x'.repeat(201)}`, null],
    ['#roadmap/p-1', 'p-1'],
  ])('%s names %s', (hash, id) => {
    expect(projectFromHash(hash)).toBe(id);
  });
});
