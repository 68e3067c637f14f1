import { checkAttachable } from './check-attachable';

/**
 * Whether an address may be kept as an attached page: a web page with a site, as an attach would
 * accept it, and without credentials, which an attach never stores.
 */
export function isStorableAddress(url: string): boolean {
  if (!checkAttachable(url).ok) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
