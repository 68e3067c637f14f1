import { describe, expect, it } from 'vitest';
import { checkAttachable } from '../../../lib/domain/tabs/check-attachable';

describe('checkAttachable', () => {
  it.each([
    [
      'https://kubernetes.io/docs/concepts/overview/#why',
      'https://kubernetes.io/docs/concepts/overview/#why',
    ],
    ['https://mega.nz/file/AbCdEf#SecretKey123', 'https://mega.nz/file/AbCdEf#SecretKey123'],
    ['http://craftinginterpreters.com/?utm_source=x', 'http://craftinginterpreters.com/'],
    ['  https://github.com/tinygrad/tinygrad  ', 'https://github.com/tinygrad/tinygrad'],
    ['about:reader?url=https%3A%2F%2Ffly.io%2Fblog%2Fdist-sys%2F', 'https://fly.io/blog/dist-sys/'],
  ])('accepts %s as %s', (url, expected) => {
    expect(checkAttachable(url)).toEqual({ ok: true, url: expected });
  });

  it.each([
    [undefined, 'This tab has no address yet'],
    [null, 'This tab has no address yet'],
    ['', 'This tab has no address yet'],
    ['   ', 'This tab has no address yet'],
    ['about:blank', 'This tab has no address yet'],
    ['about:newtab', 'This tab has no address yet'],
    ['about:preferences', "Browser pages (about:) can't be attached"],
    ['chrome://extensions/', "Browser pages (chrome://) can't be attached"],
    ['chrome://newtab/', "Browser pages (chrome://) can't be attached"],
    ['edge://settings/', "Browser pages (edge://) can't be attached"],
    ['brave://settings/', "Browser pages (brave://) can't be attached"],
    ['chrome-extension://abcdefghijklmnop/newtab.html', "Extension pages can't be attached"],
    ['moz-extension://1234-5678/popup.html', "Extension pages can't be attached"],
    [
      'file:///home/me/notes/roadmap.md',
      "Files on your computer (file://) can't be attached, only web pages",
    ],
    ['javascript:alert(1)', "Scripts (javascript:) can't be attached"],
    ['data:text/html,<h1>hi</h1>', "Pages made in the browser (data:) can't be attached"],
    ['blob:https://example.org/1234', "Pages made in the browser (blob:) can't be attached"],
    [
      'view-source:https://kubernetes.io/',
      "Page source views (view-source:) can't be attached: attach the page itself",
    ],
    [
      'ftp://ftp.example.org/pub/file.txt',
      'Only web pages (http or https) can be attached, not ftp: addresses',
    ],
    [
      'mailto:me@example.org',
      'Only web pages (http or https) can be attached, not mailto: addresses',
    ],
    ['kubernetes docs', 'This tab’s address is not a valid web address'],
    ['https://', 'This tab’s address is not a valid web address'],
  ])('refuses %s', (url, reason) => {
    expect(checkAttachable(url)).toEqual({ ok: false, reason });
  });
});
