import { unescapeAll } from 'markdown-it/lib/common/utils.mjs';

/**
 * Decodes HTML entities only, the way markdown-it reads them; backslashes are doubled first
 * because unescapeAll also eats them.
 */
export function decodeEntities(value: string): string {
  return unescapeAll(value.replace(/\\/g, '\\\\'));
}
