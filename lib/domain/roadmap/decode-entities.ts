import { unescapeAll } from 'markdown-it/lib/common/utils.mjs';

/**
 * Decodes HTML entities only, the way markdown-it reads them; backslashes are doubled first
 * because unescapeAll also eats them. Its own module, apart from the parser, so the row rules
 * that judge link addresses do not bring the whole of markdown-it to every page.
 */
export function decodeEntities(value: string): string {
  return unescapeAll(value.replace(/\\/g, '\\\\'));
}
