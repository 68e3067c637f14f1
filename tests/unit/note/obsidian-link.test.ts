// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { obsidianNoteUrl, readObsidianLink } from '../../../lib/domain/note/obsidian-link';
import { hasControlCharacter } from '../../../lib/domain/settings/validate-settings';

describe('obsidianNoteUrl', () => {
  it.each([
    ['My Vault', 'Roadmap', 'obsidian://open?vault=My%20Vault&file=Roadmap'],
    [
      'vault',
      'Plans/Learning roadmap',
      'obsidian://open?vault=vault&file=Plans%2FLearning%20roadmap',
    ],
    ['Vault #1', 'Q&A', 'obsidian://open?vault=Vault%20%231&file=Q%26A'],
    ['100%', 'a+b?c', 'obsidian://open?vault=100%25&file=a%2Bb%3Fc'],
    [
      'Notizen',
      'Lernplan für 2026',
      'obsidian://open?vault=Notizen&file=Lernplan%20f%C3%BCr%202026',
    ],
    [
      '知识库',
      '路线图',
      'obsidian://open?vault=%E7%9F%A5%E8%AF%86%E5%BA%93&file=%E8%B7%AF%E7%BA%BF%E5%9B%BE',
    ],
    ['v', 'roadmap.md', 'obsidian://open?vault=v&file=roadmap.md'],
  ])('vault %j, note %j', (vault, file, url) => {
    expect(obsidianNoteUrl(vault, file)).toBe(url);
  });

  it.each([
    ['Systems & networks', 'obsidian://open?vault=V&file=Roadmap%23Systems%20%26%20networks'],
    ['', 'obsidian://open?vault=V&file=Roadmap'],
  ])('at the heading %j', (heading, url) => {
    expect(obsidianNoteUrl('V', 'Roadmap', heading)).toBe(url);
  });

  it.each([
    ['', 'Roadmap'],
    ['Vault', ''],
    ['', ''],
  ])('is null unless both are set: %j, %j', (vault, file) => {
    expect(obsidianNoteUrl(vault, file)).toBeNull();
  });
});

describe('readObsidianLink', () => {
  it.each([
    ['obsidian://open?vault=My%20Vault&file=Roadmap', 'My Vault', 'Roadmap'],
    ['  obsidian://open?file=Plans%2FRoadmap&vault=v \n', 'v', 'Plans/Roadmap'],
    ['OBSIDIAN://open?vault=a+b&file=c%2Bd', 'a+b', 'c+d'],
    ['obsidian://open?vault=Vault%20%231&file=Q%26A%3F', 'Vault #1', 'Q&A?'],
    ['obsidian://open?vault=100%25&file=f%C3%BCr', '100%', 'für'],
    ['obsidian://open?vault=v&file=Roadmap&paneType=tab', 'v', 'Roadmap'],
  ])('reads %j', (link, vault, file) => {
    expect(readObsidianLink(link)).toEqual({ vault, file });
  });

  it.each([
    ['not a link', 'Roadmap.md'],
    ['another scheme', 'https://open?vault=v&file=f'],
    ['another action', 'obsidian://new?vault=v&file=f'],
    ['a vault alone', 'obsidian://open?vault=v'],
    ['a note alone', 'obsidian://open?file=f'],
    ['an empty vault', 'obsidian://open?vault=&file=f'],
    ['an absolute path', 'obsidian://open?path=%2Fhome%2Fme%2Fv%2Ff'],
    ['a path besides vault and file', 'obsidian://open?vault=v&file=f&path=%2Fx'],
    ['a repeated parameter', 'obsidian://open?vault=v&vault=w&file=f'],
    ['a parameter without a value', 'obsidian://open?vault=v&file'],
    ['broken percent-encoding', 'obsidian://open?vault=v&file=%E0%A4%A'],
    ['a lone percent sign', 'obsidian://open?vault=100%&file=f'],
    ['a control character', 'obsidian://open?vault=v&file=a%0Ab'],
    ['a name longer than Settings keeps', `obsidian://open?vault=v&file=${'x'.repeat(501)}`],
    ['a huge paste', `obsidian://open?vault=v&file=f&x=${'y'.repeat(30_000)}`],
  ])('refuses %s', (_, link) => {
    expect(readObsidianLink(link)).toBeNull();
  });

  it('reads back every link it builds', () => {
    const name = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .filter((text) => !hasControlCharacter(text));
    fc.assert(
      fc.property(name, name, (vault, file) => {
        expect(readObsidianLink(obsidianNoteUrl(vault, file)!)).toEqual({ vault, file });
      }),
    );
  });
});
