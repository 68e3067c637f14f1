/** FNV-1a, 32 bit: a stable number for a text, the same in every run and every browser. */
export function hashNumber(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A short, stable hash of a key as eight hex digits. Exported notes keep it as a checkbox id and a
 * re-import matches projects by it, so its output must never change.
 */
export function hashKey(key: string): string {
  return hashNumber(key).toString(16).padStart(8, '0');
}
