import { describe, expect, it } from 'vitest';
import { readUrlKeys, type UrlKeys } from '../../../lib/domain/tabs/read-url-keys';

describe('readUrlKeys', () => {
  it.each<[string, UrlKeys | null]>([
    [
      'https://github.com/Tripathi456/Gvisor-Based-Python-Repl/tree/main',
      {
        page: 'https://github.com/Tripathi456/Gvisor-Based-Python-Repl/tree/main',
        repo: 'github.com/tripathi456/gvisor-based-python-repl',
        owner: 'github.com/tripathi456',
        ownerName: 'tripathi456',
        host: null,
      },
    ],
    [
      'https://www.craftinginterpreters.com/contents.html?utm_source=x',
      {
        page: 'https://www.craftinginterpreters.com/contents.html',
        repo: null,
        owner: null,
        ownerName: null,
        host: 'craftinginterpreters.com',
      },
    ],
    [
      'https://firecracker-microvm.github.io/',
      {
        page: 'https://firecracker-microvm.github.io/',
        repo: null,
        owner: 'github.com/firecracker-microvm',
        ownerName: 'firecracker-microvm',
        host: null,
      },
    ],
    ['https://www.youtube.com/watch?v=PziYflu8cB8', expect.objectContaining({ host: null })],
    ['ftp://example.org/file', null],
    ['not a url', null],
  ])('reads %s', (url, keys) => {
    expect(readUrlKeys(url)).toEqual(keys);
  });
});
