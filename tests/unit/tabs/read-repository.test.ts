import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRepository } from '../../../lib/domain/tabs/read-repository';

afterEach(() => vi.restoreAllMocks());

const groups = Array.from({ length: 20 }, (_, i) => `g${i + 1}`).join('/');

describe('readRepository', () => {
  it.each([
    ['https://github.com/tinygrad/tinygrad/blob/master/README.md', 'github.com', 'tinygrad'],
    ['https://github.com//tinygrad//tinygrad/', 'github.com', 'tinygrad'],
    ['https://gitlab.com/gitlab-org/gitaly/-/tree/master/internal', 'gitlab.com', 'gitaly'],
    // GitLab's deepest nesting: 20 groups under the owner.
    [
      `https://gitlab.com/owner/${groups}/project/-/blob/main/a.md`,
      'gitlab.com',
      `${groups}/project`,
    ],
    ['https://www.npmjs.com/package/@scope/name', 'npmjs.com', '@scope/name'],
    ['https://huggingface.co/datasets/HuggingFaceFW/fineweb', 'huggingface.co', 'datasets/fineweb'],
  ])('reads %s', (url, host, name) => {
    expect(readRepository(url)).toMatchObject({ host, name });
  });

  it.each([
    [
      `https://gitlab.com/owner/group/project/-/${'a/'.repeat(1_000_000)}`,
      { host: 'gitlab.com', owner: 'owner', name: 'group/project', site: false },
    ],
    [
      `https://github.com/owner/name/${'%41/'.repeat(500_000)}`,
      { host: 'github.com', owner: 'owner', name: 'name', site: false },
    ],
  ])('decodes only the first segments of a path of a million', (url, expected) => {
    const decode = vi.spyOn(globalThis, 'decodeURIComponent');
    expect(readRepository(url)).toEqual(expected);
    expect(decode.mock.calls.length).toBeLessThanOrEqual(24);
  });
});
